package fr.ctg.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package so that identical parts give identical bytes: docx4j stamps zip entries with the
 * current time, so the entries are copied in a fixed order ([Content_Types].xml first, as OPC readers
 * expect, then by name) with one fixed timestamp.
 */
final class DeterministicZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DeterministicZip() {
    }

    static byte[] repack(byte[] zip, LocalDate date) {
        try {
            Map<String, byte[]> entries = new TreeMap<>((a, b) -> {
                if (a.equals(b)) {
                    return 0;
                }
                if (a.equals(CONTENT_TYPES) || b.equals(CONTENT_TYPES)) {
                    return a.equals(CONTENT_TYPES) ? -1 : 1;
                }
                return a.compareTo(b);
            });
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
                zipOut.setLevel(6);
                for (Map.Entry<String, byte[]> part : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(part.getKey());
                    // Local time without time zone: the same bytes whatever the machine's zone.
                    entry.setTimeLocal(date.atStartOfDay());
                    zipOut.putNextEntry(entry);
                    zipOut.write(part.getValue());
                    zipOut.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
