package jp.planreport.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files: a submission's identity in the store, and the digest of a whole input folder. */
public final class Checksums {

    private Checksums() {
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One digest over plans.csv and every submission (names and bytes): unchanged input, same digest. */
    public static String of(SubmissionFolder folder) throws IOException {
        MessageDigest digest = newDigest();
        update(digest, folder.planMaster());
        for (SubmissionFile file : folder.files()) {
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            update(digest, file.path());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
