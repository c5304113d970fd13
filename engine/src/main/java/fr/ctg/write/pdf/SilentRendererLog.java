package fr.ctg.write.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * openhtmltopdf writes every step of every render to the JVM's console through one process-wide logger.
 * The writer silences it: what matters (a refused resource) is handled by the writer, and a command-line
 * tool must not print the renderer's chatter.
 */
final class SilentRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
