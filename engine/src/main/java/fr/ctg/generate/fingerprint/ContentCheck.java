package fr.ctg.generate.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A quick fingerprint of some bytes, to notice that a file changed: its size and two CRCs of different polynomials
 * (CRC-32C and CRC-32), which the processor computes at gigabytes a second. Not SHA-256: without the C2 compiler (./ctg and the
 * distribution run Java with C1 only) it hashes about 40 MB a second, and checking a repository with its scanned
 * deliberations and its documents would then take seconds per hundred conventions. It guards against accidents, not against a
 * forged collision: whoever can write the inputs can write the documents as well.
 */
final class ContentCheck {

    private static final int BUFFER = 64 * 1024;

    private ContentCheck() {
    }

    /** {@code <size>-<crc32c>-<crc32>}, in hexadecimal for the CRCs. */
    static String of(byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        CRC32 zlib = new CRC32();
        castagnoli.update(bytes);
        zlib.update(bytes);
        return text(bytes.length, castagnoli.getValue(), zlib.getValue());
    }

    /** The check of a file's bytes, read a piece at a time. */
    static String of(Path file) throws IOException {
        CRC32C castagnoli = new CRC32C();
        CRC32 zlib = new CRC32();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                castagnoli.update(buffer, 0, read);
                zlib.update(buffer, 0, read);
                size += read;
            }
        }
        return text(size, castagnoli.getValue(), zlib.getValue());
    }

    private static String text(long size, long castagnoli, long zlib) {
        return String.format(Locale.ROOT, "%d-%08x-%08x", size, castagnoli, zlib);
    }
}
