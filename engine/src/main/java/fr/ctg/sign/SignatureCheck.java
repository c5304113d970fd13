package fr.ctg.sign;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one signature.
 *
 * @param signer the certificate holder's name
 * @param signingTime the time the signature claims (its dictionary's {@code /M}), or its time-stamp's when it has one
 * @param timestamped whether a time-stamp vouches for the signing time
 * @param intact whether the bytes it covers are the ones signed and the signature value matches the certificate
 * @param problems what makes it invalid, in French; empty when it is valid
 * @param laterChanges what changed after it other than later signatures
 * @param chain {@code null} when no trust store was given, else whether the certificate chains to one of it
 */
public record SignatureCheck(String signer, @Nullable Instant signingTime, boolean timestamped, boolean intact,
        Instant certificateNotBefore, Instant certificateNotAfter, @Nullable Boolean chain,
        List<String> laterChanges, List<String> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
