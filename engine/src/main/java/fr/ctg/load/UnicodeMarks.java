package fr.ctg.load;

import java.util.Optional;

/**
 * Byte order marks of the encodings a text editor may save a file in ("Unicode" in Windows Notepad is UTF-16):
 * such a file is full of NUL bytes and would otherwise pass for a binary document.
 */
final class UnicodeMarks {

    private UnicodeMarks() {
    }

    /** The name of the encoding the file's byte order mark announces, when it is not UTF-8. */
    static Optional<String> encodingOtherThanUtf8(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of("UTF-32");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of("UTF-16");
        }
        return Optional.empty();
    }

    /** The length of the UTF-8 byte order mark the file starts with: 3, or 0 when it has none. */
    static int utf8MarkLength(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
