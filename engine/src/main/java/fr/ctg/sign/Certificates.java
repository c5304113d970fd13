package fr.ctg.sign;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jspecify.annotations.Nullable;

/** What a person reads in a certificate's subject: the holder's name and title. */
public final class Certificates {

    private Certificates() {
    }

    /** The common name (CN), or the whole subject when it has none. */
    public static String holder(X509Certificate certificate) {
        String name = attribute(certificate, BCStyle.CN);
        return name != null ? name : certificate.getSubjectX500Principal().getName();
    }

    /** The title (T) of the holder, when the certificate states one. */
    public static @Nullable String title(X509Certificate certificate) {
        return attribute(certificate, BCStyle.T);
    }

    private static @Nullable String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        RDN[] values = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(type);
        return values.length == 0 ? null : IETFUtils.valueToString(values[0].getFirst().getValue());
    }
}
