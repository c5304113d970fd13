package fr.ctg.actes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Packs files into a {@code .tar.gz} whose bytes depend on the files only: entries in the given order, all dated by
 * the same day, owned by nobody (uid and gid 0, no names), mode 0644, and a gzip header without time or file name.
 */
final class DeterministicTarGz {

    private static final int MODE = 0100644;
    /** « Unknown » in the gzip header: the archive does not say where it was made. */
    private static final int UNKNOWN_OS = 255;

    private DeterministicTarGz() {
    }

    static byte[] pack(List<BundleFile> files, LocalDate dated) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GzipParameters gzip = new GzipParameters();
        gzip.setModificationTime(0);
        gzip.setOperatingSystem(UNKNOWN_OS);
        gzip.setCompressionLevel(9);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes, gzip))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (BundleFile file : files) {
                TarArchiveEntry entry = new TarArchiveEntry(file.name());
                entry.setSize(file.content().length);
                entry.setModTime(dated.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
                entry.setMode(MODE);
                entry.setIds(0, 0);
                entry.setNames("", "");
                tar.putArchiveEntry(entry);
                tar.write(file.content());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("écriture en mémoire", e);
        }
        return bytes.toByteArray();
    }
}
