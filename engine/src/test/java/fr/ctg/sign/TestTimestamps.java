package fr.ctg.sign;

import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

/** An offline time-stamp authority for the tests: DSS's key-entity source, signing with a keytool certificate. */
final class TestTimestamps {

    private TestTimestamps() {
    }

    static KeyEntityTSPSource from(Path p12) throws Exception {
        KeyEntityTSPSource source = new KeyEntityTSPSource(keyStore(p12), "cle", TestCertificates.PASSWORD.toCharArray());
        source.setTsaPolicy("1.2.3.4");
        return source;
    }

    static KeyStore keyStore(Path p12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        return store;
    }
}
