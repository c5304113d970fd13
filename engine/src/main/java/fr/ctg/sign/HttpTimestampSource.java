package fr.ctg.sign;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/** A time-stamping authority reached over HTTP (RFC 3161, § 3.4): the time-stamp of a B-T signature. */
public final class HttpTimestampSource implements TSPSource {

    private static final long serialVersionUID = 1L;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI address;

    public HttpTimestampSource(URI address) {
        this.address = address;
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest,
                new BigInteger(64, new SecureRandom()));
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(
                    HttpRequest.newBuilder(address).timeout(TIMEOUT).header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new DSSException("le service d’horodatage " + address + " répond " + response.statusCode());
            }
            TimeStampResponse answer = new TimeStampResponse(response.body());
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new DSSException("le service d’horodatage " + address + " refuse la demande : " + answer.getStatusString());
            }
            return new TimestampBinary(answer.getTimeStampToken().getEncoded());
        } catch (IOException | TSPException e) {
            throw new DSSException("le service d’horodatage " + address + " n’a pas répondu correctement (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DSSException("horodatage interrompu", e);
        }
    }
}
