package fr.ctg.compose;

import fr.ctg.model.AnnexeFinanciere;
import fr.ctg.model.ArticleDefini;
import fr.ctg.model.DateApproximative;
import fr.ctg.model.Financement;
import fr.ctg.model.Genre;
import fr.ctg.model.OrganeDeliberant;
import fr.ctg.model.Partie;
import fr.ctg.model.Representant;
import fr.ctg.model.RoleRepresentant;
import fr.ctg.text.Agreement;
import fr.ctg.text.ApproximateDates;
import fr.ctg.text.Contractions;
import fr.ctg.text.DefiniteArticles;
import fr.ctg.text.DeliberationObjects;
import fr.ctg.text.FrenchAmounts;
import fr.ctg.text.FrenchDates;
import fr.ctg.text.FrenchLists;
import fr.ctg.text.Guillemets;
import fr.ctg.text.OfficeGender;
import fr.ctg.text.Plurals;
import fr.ctg.text.Possessives;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The functions templates call as {@code fr.…}: French typography, agreement and the Markdown of long
 * text fields. The wording itself stays in the templates.
 */
public final class TemplateFunctions {

    private final MarkdownToXhtml markdown = new MarkdownToXhtml();

    TemplateFunctions() {
    }

    /** "1er janvier 2022". */
    public String longDate(LocalDate date) {
        return FrenchDates.longForm(date);
    }

    /** 2022, for "2022-2024". */
    public int year(LocalDate date) {
        return date.getYear();
    }

    /** "Dès 2023", "À partir du deuxième trimestre 2023". */
    public String startPhrase(DateApproximative start) {
        return ApproximateDates.startPhrase(start);
    }

    /** "20/12/2022". */
    public String shortDate(LocalDate date) {
        return FrenchDates.shortForm(date);
    }

    /** "248 220,56 €", "2 100 €". */
    public String euros(BigDecimal amount) {
        return FrenchAmounts.euros(amount);
    }

    /** The financing statements by year and financer, with their totals, for the financial annex. */
    public AnnexeFinanciere financialAnnex(List<Financement> financements) {
        return AnnexeFinanciere.of(financements);
    }

    /** A deliberation's objet as its visa continues with it: « portant approbation de la convention… ». */
    public String deliberationObject(String objet) {
        return DeliberationObjects.inVisa(objet);
    }

    /** « text ». */
    public String quote(String text) {
        return Guillemets.quote(text);
    }

    /** "A, B et C". */
    public String join(List<String> items) {
        return FrenchLists.join(items);
    }

    /** "dûment autorisés" for a man and a woman, "autorisées" for two women, "autorisé" for one man. */
    public String agreeWithRepresentatives(String masculineSingular, List<Representant> representants) {
        Genre genre = Agreement.groupGender(representants.stream().map(Representant::genre).toList());
        return Agreement.agree(masculineSingular, genre, representants.size());
    }

    /** Agreed with the party's name: "la Commune ... représentée", "le SIVOM ... représenté". */
    public String agreeWithParty(String masculineSingular, Partie partie) {
        int count = partie.article() == ArticleDefini.LES ? 2 : 1;
        return Agreement.agree(masculineSingular, partie.genre(), count);
    }

    /** "son Président", "sa Présidente", "son Adjointe", "son Maire" (for a woman too, as the conventions write it). */
    private String officeWithPossessive(Representant representant) {
        return Possessives.withNoun(OfficeGender.of(representant.genre(), representant.qualite()), representant.qualite());
    }

    /** How the parties block names a representative's office: "son Maire", or for a delegate "la Première Adjointe au Maire". */
    public String officeInParties(Representant representant) {
        return representant.role() == RoleRepresentant.DELEGUE ? officeWithArticle(representant) : officeWithPossessive(representant);
    }

    /** Grouped communes, each represented by its own: "leurs maires respectifs", from the office of the first representative. */
    public String respectiveOffices(List<Representant> representants) {
        Representant first = representants.get(0);
        Genre genre = Agreement.groupGender(representants.stream().map(r -> OfficeGender.of(r.genre(), r.qualite())).toList());
        String office = Plurals.of(first.qualite().substring(0, 1).toLowerCase(Locale.FRENCH) + first.qualite().substring(1));
        return "leurs " + office + " " + Agreement.agree("respectif", genre, 2);
    }

    /** "le Directeur", "la Directrice", "l’Adjointe au Maire", "le Maire". */
    public String officeWithArticle(Representant representant) {
        return DefiniteArticles.withNoun(OfficeGender.of(representant.genre(), representant.qualite()), representant.qualite());
    }

    /** "du Département", "de la Caf", "de l’État", "de Forcalquier". */
    public String de(String phrase) {
        return Contractions.de(phrase);
    }

    /** "la Commune de Limans", "l’État". */
    public String fullName(Partie partie) {
        return DefiniteArticles.withName(partie.article(), partie.nom());
    }

    /** How visas and signatures name a party: its designation, else its full name. */
    public String designation(Partie partie) {
        return partie.designation() != null ? partie.designation() : fullName(partie);
    }

    /** How the text names a party after the parties block: "la Caf", else its full name. */
    public String shortName(Partie partie) {
        return partie.nomCourt() != null ? partie.nomCourt() : fullName(partie);
    }

    /** "son conseil communautaire", "sa commission permanente". */
    private String organWithPossessive(OrganeDeliberant organe) {
        return Possessives.withNoun(genderOf(organe), organe.label());
    }

    /** The body that authorises a party's representatives: "son conseil municipal", "leurs conseils municipaux" for "les Communes". */
    public String organOfParty(Partie partie) {
        OrganeDeliberant organe = partie.organe();
        if (organe == null) {
            throw new IllegalArgumentException("la partie " + partie.id() + " n’a pas d’organe");
        }
        return partie.article() == ArticleDefini.LES ? "leurs " + Plurals.of(organe.label()) : organWithPossessive(organe);
    }

    /** "le conseil municipal", "la commission permanente". */
    public String organWithArticle(OrganeDeliberant organe) {
        return DefiniteArticles.withNoun(genderOf(organe), organe.label());
    }

    private static Genre genderOf(OrganeDeliberant organe) {
        return organe == OrganeDeliberant.COMMISSION_PERMANENTE ? Genre.FEMININ : Genre.MASCULIN;
    }

    /** The signing collectivities as a group: ["la communauté de communes", "les communes"]. */
    public List<String> collectivities(List<Partie> parties) {
        return CollectivitiesWording.phrases(parties);
    }

    /** Capitals without accents, as the national model writes its titles: "COMMUNAUTE DE COMMUNES". */
    public String capitals(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toUpperCase(Locale.FRENCH);
    }

    /** An XML id from a prefix and a free value: ("fiche", "2.1") gives "fiche-2-1". */
    public String id(String prefix, String value) {
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String cleaned = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? prefix : prefix + "-" + cleaned;
    }

    /** The item of an enumeration with the given ending, whatever punctuation it was typed with: ("x ;", ".") gives "x.". */
    public String punctuate(String item, String ending) {
        return item.strip().replaceAll("[\\s;,.:]+$", "") + ending;
    }

    /** Paragraphs and lists of a Markdown text field. */
    public TemplateModel markdown(String text) throws TemplateModelException {
        return XHTMLOutputFormat.INSTANCE.fromMarkup(markdown.blocks(text));
    }

    /** A Markdown text field inside a list item or a table cell: its text alone when it is one paragraph. */
    public TemplateModel markdownContent(String text) throws TemplateModelException {
        return XHTMLOutputFormat.INSTANCE.fromMarkup(markdown.containerContent(text));
    }
}
