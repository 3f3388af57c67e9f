package jp.planreport.lock;

/**
 * One compile or roll-up at a time per database. Every door (the command line, the schedule, the
 * web portal) takes it before it starts a run and closes what it got when the run ends:
 * <pre>
 * try (RunLock.Hold hold = runLock.acquire("compile --fiscal-year=2022")) { … }
 * catch (RunLock.Held held) { show(held.officeMessage()); }
 * </pre>
 */
public interface RunLock {

    /**
     * Takes the lock for a run.
     * @param command what runs, as the office would recognise it (shown to whoever is refused)
     * @throws Held when another run holds it
     */
    Hold acquire(String command);

    /** The lock, held until closed. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /** Another run holds the lock: who, where and since when, in the office's words. */
    final class Held extends RuntimeException {

        private final String holder;
        private final String note;

        Held(String holder) {
            this(holder, null);
        }

        Held(String holder, String note) {
            super("another run is in progress: " + holder);
            this.holder = holder;
            this.note = note;
        }

        /** 「開始 2026/11/30 09:00:00、コマンド compile、ホスト …、プロセス …」 */
        public String holder() {
            return holder;
        }

        /** 「別の取りまとめが実行中です（開始 …、コマンド …、ホスト …、プロセス …）。終わってからもう一度実行してください。」 */
        public String officeMessage() {
            return "別の取りまとめが実行中です（" + holder + "）。終わってからもう一度実行してください"
                    + (note == null ? "" : "（" + note + "）") + "。";
        }
    }
}
