package fr.ctg.sign;

import java.util.List;

/** A verification as a legal officer reads it: each field, then whether all are signed and all signatures valid. */
public final class VerificationText {

    private VerificationText() {
    }

    public static String write(String file, Verification verification, boolean trustStoreGiven) {
        StringBuilder text = new StringBuilder();
        List<FieldVerdict> fields = verification.fields();
        long signed = verification.signedCount();
        text.append(file).append(" : ").append(count(fields.size(), "champ", "champs")).append(" de signature, ")
                .append(count(signed, "signé", "signés")).append(", ").append(count(fields.size() - signed, "vide", "vides")).append('\n');
        for (FieldVerdict field : fields) {
            text.append("« ").append(field.field()).append(" » (page ").append(field.page()).append(") : ");
            SignatureCheck check = field.signature();
            if (check == null) {
                text.append("vide\n");
                continue;
            }
            text.append(check.valid() ? "signature valide\n" : "signature INVALIDE\n");
            text.append("  Signataire : ").append(check.signer()).append('\n');
            if (check.signingTime() != null) {
                text.append("  Signé le : ").append(SigningTimes.dayAndTime(check.signingTime()))
                        .append(check.timestamped() ? " (horodatage)" : " (date déclarée par le signataire)").append('\n');
            }
            text.append("  Octets signés : ").append(check.intact() ? "intacts" : "modifiés").append('\n');
            text.append("  Modifications après la signature : ")
                    .append(check.laterChanges().isEmpty() ? "aucune, hors signatures suivantes" : String.join(" ; ", check.laterChanges()))
                    .append('\n');
            text.append("  Certificat : valable du ").append(SigningTimes.day(check.certificateNotBefore())).append(" au ")
                    .append(SigningTimes.day(check.certificateNotAfter())).append('\n');
            text.append("  Chaîne de confiance : ").append(chain(check.chain(), trustStoreGiven)).append('\n');
            for (String problem : check.problems()) {
                text.append("  Problème : ").append(problem).append('\n');
            }
        }
        if (fields.isEmpty()) {
            text.append("Le PDF n’a aucun champ de signature.\n");
        } else if (verification.allSigned()) {
            text.append("Tous les champs de signature sont signés.\n");
        } else {
            long empty = fields.size() - signed;
            text.append(empty > 1 ? empty + " champs restent à signer.\n" : "1 champ reste à signer.\n");
        }
        long invalid = fields.stream().filter(field -> field.signature() != null && !field.signature().valid()).count();
        if (signed > 0) {
            text.append(invalid == 0 ? (signed > 1 ? "Les " + signed + " signatures sont valides.\n" : "La signature est valide.\n")
                    : count(invalid, "signature invalide", "signatures invalides") + " sur " + signed + ".\n");
        }
        return text.toString();
    }

    private static String chain(Boolean chain, boolean trustStoreGiven) {
        if (!trustStoreGiven || chain == null) {
            return "non vérifiée (indiquez --confiance MAGASIN)";
        }
        return chain ? "reconnue par le magasin de confiance" : "inconnue du magasin de confiance";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n > 1 ? many : one);
    }
}
