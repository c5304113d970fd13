package fr.ctg.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The certificates a verification trusts: a key store (PKCS#12 or JKS, read without its password) or a PEM/DER file. */
public final class TrustStore {

    private TrustStore() {
    }

    /** @throws IOException with a French message when the file holds no certificate */
    public static List<X509Certificate> load(Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), (char[]) null);
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
        } catch (IOException | GeneralSecurityException notAKeyStore) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    certificates.add((X509Certificate) certificate);
                }
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new IOException(file + " n’est ni un magasin de certificats ni un fichier de certificats PEM ou DER", e);
            }
        }
        if (certificates.isEmpty()) {
            throw new IOException(file + " ne contient aucun certificat de confiance lisible sans mot de passe");
        }
        return List.copyOf(certificates);
    }
}
