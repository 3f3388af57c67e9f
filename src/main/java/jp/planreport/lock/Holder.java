package jp.planreport.lock;

import java.io.IOException;
import java.net.InetAddress;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Who holds a lock, as the one who is refused reads it: 「開始 …、コマンド …、ホスト …、プロセス …」. */
final class Holder {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final String HOST = hostName();

    private Holder() {
    }

    /** This process starting a command now (a time on the office's clock, or this machine's before Spring starts). */
    static String describe(LocalDateTime started, String command) {
        return "開始 " + started.format(WHEN) + "、コマンド " + command + "、ホスト " + HOST + "、プロセス "
                + ProcessHandle.current().pid();
    }

    static String host() {
        return HOST;
    }

    /** This machine's name, as the office's network knows it. */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "不明";
        }
    }
}
