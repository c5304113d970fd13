package fr.ctg.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ctg signer --horodatage: the time-stamp asked over HTTP, here of an authority on this machine's loopback. */
class HttpTimestampSourceTest {

    @TempDir
    Path folder;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void timestampsTheSignatureThroughTheAuthoritysAddress() throws Exception {
        Responder responder = new Responder(TestCertificates.make(folder, "tsa.p12", "CN=Horodatage de test, C=FR", null, 365,
                "EKU:critical=timeStamping"));
        URI address = serve(200, request -> responder.answer(new TimeStampRequest(request)).getEncoded());
        SigningIdentity caf = SigningIdentity.load(
                TestCertificates.make(folder, "caf.p12", "CN=Thierry AUTARD, C=FR", null, 365), TestCertificates.PASSWORD.toCharArray());

        byte[] pdf = new PdfSigner(Clock.systemUTC(), new HttpTimestampSource(address)).sign(ForcalquierPdf.unsigned(), "Thierry AUTARD", caf, null);

        SignatureCheck check = new PdfVerifier(null).verify(pdf).fields().get(0).signature();
        assertTrue(check.timestamped());
        assertEquals(List.of(), check.problems());
    }

    @Test
    void refusesToSignWhenTheAuthorityFails() throws Exception {
        URI address = serve(503, request -> new byte[0]);
        SigningIdentity caf = SigningIdentity.load(
                TestCertificates.make(folder, "caf.p12", "CN=Thierry AUTARD, C=FR", null, 365), TestCertificates.PASSWORD.toCharArray());

        SignatureRefusal refusal = assertThrows(SignatureRefusal.class, () -> new PdfSigner(Clock.systemUTC(),
                new HttpTimestampSource(address)).sign(ForcalquierPdf.unsigned(), "Thierry AUTARD", caf, null));

        assertEquals("la signature n’a pas pu être faite : le service d’horodatage " + address + " répond 503", refusal.getMessage());
    }

    private interface Answer {
        byte[] to(byte[] request) throws Exception;
    }

    private URI serve(int status, Answer answer) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = answer.to(in.readAllBytes());
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/horodatage");
    }

    /** DSS's offline authority, answering whole RFC 3161 responses as a server does. */
    private static final class Responder extends KeyEntityTSPSource {

        private static final long serialVersionUID = 1L;

        Responder(Path p12) throws Exception {
            super(TestTimestamps.keyStore(p12), "cle", TestCertificates.PASSWORD.toCharArray());
            setTsaPolicy("1.2.3.4");
        }

        TimeStampResponse answer(TimeStampRequest request) throws TSPException {
            return generateResponse(request, DigestAlgorithm.SHA256);
        }
    }
}
