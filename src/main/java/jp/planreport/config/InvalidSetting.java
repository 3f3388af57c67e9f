package jp.planreport.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;

/**
 * A setting that cannot work, refused when the program starts: its message (Japanese, for the office)
 * names the key, the value given and an example of a right one.
 */
public final class InvalidSetting extends IllegalArgumentException {

    /** A cron that fires less often than this is taken for a mistake (e.g. 30 February). */
    private static final int YEARS_TO_FIRE = 4;

    private InvalidSetting(String message, Throwable cause) {
        super(message, cause);
    }

    private static InvalidSetting of(String key, String value, String problem, String example, Throwable cause) {
        return new InvalidSetting("設定 " + key + " の値「" + value + "」" + problem + "。例: " + example
                + "（application.yml か、コマンドラインの --" + key + "=… で直してください）", cause);
    }

    /** A whole number of at least {@code min}. */
    static int atLeast(String key, int value, int min, String example) {
        if (value < min) {
            throw of(key, Integer.toString(value), "は " + min + " 以上の整数にしてください", example, null);
        }
        return value;
    }

    /** A ratio strictly between 0 and 1. */
    static double ratio(String key, double value, String example) {
        if (!(value > 0 && value < 1)) {
            throw of(key, Double.toString(value), "は 0 より大きく 1 より小さい数にしてください", example, null);
        }
        return value;
    }

    /**
     * A size such as 16MB, 512KB or 1GB (a bare number is bytes), of at least {@code min} bytes.
     * @return the size in bytes
     */
    static long size(String key, String value, long min, String example) {
        long bytes;
        try {
            bytes = DataSize.parse(value.strip()).toBytes();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw of(key, String.valueOf(value), "は大きさとして読めません（単位は B、KB、MB、GB）", example, e);
        }
        if (bytes < min) {
            throw of(key, value, "は小さすぎます（" + DataSize.ofBytes(min).toKilobytes() + "KB 以上にしてください）", example, null);
        }
        return bytes;
    }

    /**
     * A value Spring could not even convert to the key's type (a word where a number belongs); null
     * when the failure is not about a setting's value.
     */
    public static InvalidSetting unconvertible(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException bind && bind.getProperty() != null) {
                return of(bind.getProperty().getName().toString(), String.valueOf(bind.getProperty().getValue()),
                        "は読めません（数や大きさの書き方を確認してください）", "application.yml の既定値", bind);
            }
        }
        return null;
    }

    /** @return the time zone; null stays null (not set) */
    static ZoneId zone(String key, String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw of(key, value, "はタイムゾーンとして正しくありません", "Asia/Tokyo", e);
        }
    }

    /** A Spring cron expression that fires at least once in the next few years. */
    static String cron(String key, String value) {
        CronExpression cron;
        try {
            cron = CronExpression.parse(value);
        } catch (IllegalArgumentException e) {
            throw of(key, value, "は時刻の指定（秒 分 時 日 月 曜日 の 6 項目）として正しくありません",
                    "\"0 0 2 * * *\"（毎日 2:00）、\"0 30 1 * * MON-FRI\"（平日 1:30）", e);
        }
        // whether it ever fires does not depend on the zone: any one will do
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime next = cron.next(now);
        if (next == null || next.isAfter(now.plusYears(YEARS_TO_FIRE))) {
            throw of(key, value, "では、今後 " + YEARS_TO_FIRE + " 年のうちに一度も実行されません（例えば 2 月 30 日のような、ない日付）",
                    "\"0 0 2 * * *\"（毎日 2:00）", null);
        }
        return value;
    }

    /** A duration no shorter than the least that can work. */
    static Duration atLeast(String key, Duration value, Duration least, String example) {
        if (value.compareTo(least) < 0) {
            throw of(key, value.toString(), "は短すぎます（" + least.toSeconds() + " 秒以上にしてください）", example, null);
        }
        return value;
    }
}
