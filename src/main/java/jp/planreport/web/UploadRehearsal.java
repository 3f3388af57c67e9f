package jp.planreport.web;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.planreport.model.PlanMaster;
import jp.planreport.service.SubmissionUpload;
import jp.planreport.service.YearInputs;

/**
 * Once the portal's server listens, reads the newest year's template a few dozen times on a thread of its own,
 * so that the first departments to upload after a start do not pay for the JIT's first tier. A
 * failure here only means a slower first upload: it is logged and forgotten.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class UploadRehearsal {

    private static final Logger log = LoggerFactory.getLogger(UploadRehearsal.class);
    private static final int TIMES = 40;

    private final YearInputs years;
    private final SubmissionUpload upload;

    UploadRehearsal(YearInputs years, SubmissionUpload upload) {
        this.years = years;
        this.upload = upload;
    }

    /** When the portal's server listens (not the actuator's, not in tests without a server). */
    @EventListener(condition = "#event.applicationContext.serverNamespace == null")
    void rehearse(ServletWebServerInitializedEvent event) {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                List<Integer> known = years.years(); // newest first
                if (!known.isEmpty()) {
                    Optional<PlanMaster> master = years.master(known.get(0));
                    if (master.isPresent()) {
                        upload.rehearse(master.get(), TIMES);
                        log.info("upload rehearsal: {} reads in {} ms", TIMES, (System.nanoTime() - start) / 1_000_000);
                    }
                }
            } catch (Exception e) {
                log.info("upload rehearsal skipped: {}", e.toString());
            }
        }, "upload-rehearsal");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
