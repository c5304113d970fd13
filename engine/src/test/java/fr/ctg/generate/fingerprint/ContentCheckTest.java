package fr.ctg.generate.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCheckTest {

    /** The check values of both CRCs for "123456789", as their standards give them. */
    private static final String STANDARD_CHECK = "9-e3069283-cbf43926";

    @TempDir
    Path dir;

    @Test
    void givesTheSizeThenTheCrc32cThenTheCrc32() {
        assertEquals(STANDARD_CHECK, ContentCheck.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void readsAFileToTheSameCheckAsItsBytesEvenBeyondOneBuffer() throws IOException {
        byte[] large = new byte[200_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("grand.bin"), large);

        assertEquals(ContentCheck.of(large), ContentCheck.of(file));
        assertEquals(STANDARD_CHECK, ContentCheck.of(Files.writeString(dir.resolve("petit.txt"), "123456789")));
    }

    @Test
    void changesWithOneBitOfTheSameSize() {
        assertNotEquals(ContentCheck.of("123456789".getBytes(StandardCharsets.US_ASCII)),
                ContentCheck.of("123456788".getBytes(StandardCharsets.US_ASCII)));
    }
}
