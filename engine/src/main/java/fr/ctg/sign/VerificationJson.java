package fr.ctg.sign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A verification as JSON, for scripts: the same facts as {@link VerificationText}, dates in ISO 8601 (UTC). */
public final class VerificationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VerificationJson() {
    }

    public static String write(String file, Verification verification) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fichier", file);
        ArrayNode fields = root.putArray("champs");
        for (FieldVerdict field : verification.fields()) {
            ObjectNode entry = fields.addObject();
            entry.put("champ", field.field());
            entry.put("page", field.page());
            entry.put("signe", field.signature() != null);
            SignatureCheck check = field.signature();
            if (check == null) {
                continue;
            }
            ObjectNode signature = entry.putObject("signature");
            signature.put("valide", check.valid());
            signature.put("signataire", check.signer());
            signature.put("date", check.signingTime() == null ? null : check.signingTime().toString());
            signature.put("horodatee", check.timestamped());
            signature.put("octets_intacts", check.intact());
            check.laterChanges().forEach(signature.putArray("modifications_apres")::add);
            signature.put("certificat_valable_du", check.certificateNotBefore().toString());
            signature.put("certificat_valable_au", check.certificateNotAfter().toString());
            if (check.chain() == null) {
                signature.putNull("chaine_reconnue");
            } else {
                signature.put("chaine_reconnue", check.chain());
            }
            check.problems().forEach(signature.putArray("problemes")::add);
        }
        root.put("tous_signes", verification.allSigned());
        root.put("valide", verification.valid());
        return root.toPrettyString() + "\n";
    }
}
