package fr.ctg.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A signatory's private key and certificate chain, read from a PKCS#12 file. */
public record SigningIdentity(PrivateKey key, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public static SigningIdentity load(Path file, char[] password) throws SignatureRefusal {
        KeyStore store = open(file, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate certificate : chain) {
                        certificates.add((X509Certificate) certificate);
                    }
                    return new SigningIdentity(privateKey, List.copyOf(certificates));
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(file, e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new SignatureRefusal(file + " ne contient pas de clé de signature lisible (" + e.getMessage() + ")", e);
        }
        throw new SignatureRefusal(file + " ne contient aucune clé privée avec son certificat");
    }

    /** Refuses a certificate that is not valid at {@code instant}: a signature made with it would not be. */
    public void checkValidAt(Instant instant) throws SignatureRefusal {
        X509Certificate certificate = certificate();
        if (instant.isAfter(certificate.getNotAfter().toInstant())) {
            throw new SignatureRefusal("le certificat « " + Certificates.holder(certificate) + " » a expiré le "
                    + SigningTimes.day(certificate.getNotAfter().toInstant()) + " : il ne permet plus de signer");
        }
        if (instant.isBefore(certificate.getNotBefore().toInstant())) {
            throw new SignatureRefusal("le certificat « " + Certificates.holder(certificate) + " » n’est valable qu’à partir du "
                    + SigningTimes.day(certificate.getNotBefore().toInstant()) + " : il ne permet pas encore de signer");
        }
    }

    private static KeyStore open(Path file, char[] password) throws SignatureRefusal {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new SignatureRefusal("le certificat " + file + " n’existe pas", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(file, e);
            }
            throw new SignatureRefusal(file + " n’est pas un certificat PKCS#12 (.p12) lisible", e);
        } catch (GeneralSecurityException e) {
            throw new SignatureRefusal(file + " n’est pas un certificat PKCS#12 (.p12) lisible", e);
        }
    }

    private static SignatureRefusal wrongPassword(Path file, Exception cause) {
        return new SignatureRefusal("mot de passe incorrect pour le certificat " + file, cause);
    }
}
