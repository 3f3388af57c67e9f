package jp.planreport.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Whether this JVM can read and write Japanese file names. On Linux and macOS Java takes the file
 * names' encoding from the locale at start-up and it cannot be changed later: under LANG=C (cron,
 * systemd, env -i) every Japanese name reads as "???", which looked like a truncated file.
 * Windows names are Unicode whatever the locale.
 */
final class FileNames {

    private FileNames() {
    }

    /** @return the office's message when file names would be garbled, empty when they are fine */
    static Optional<String> encodingProblem(String osName, String fileNameEncoding) {
        if (osName.startsWith("Windows") || isUtf8(fileNameEncoding)) {
            return Optional.empty();
        }
        return Optional.of("ファイル名の文字コードが UTF-8 ではないため（現在 " + fileNameEncoding + "）、日本語のファイル名を"
                + "正しく読めません。何もせずに終了しました。bin/plan-report から起動するか、環境変数 LANG=C.UTF-8"
                + "（または ja_JP.UTF-8）を設定してから実行してください（cron や systemd では LANG が設定されないことがあります）。");
    }

    private static boolean isUtf8(String encoding) {
        try {
            return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }
}
