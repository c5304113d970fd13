package fr.ctg.validate;

import fr.ctg.model.Convention;
import fr.ctg.validate.rules.AccordArticleGenre;
import fr.ctg.validate.rules.AccuseApresSignature;
import fr.ctg.validate.rules.AccuseConventionSignee;
import fr.ctg.validate.rules.AccuseNatureConvention;
import fr.ctg.validate.rules.AccuseReceptionActes;
import fr.ctg.validate.rules.AccuseSirenPartie;
import fr.ctg.validate.rules.ActionDansPeriode;
import fr.ctg.validate.rules.AlternativeBarre;
import fr.ctg.validate.rules.AxeEcheance;
import fr.ctg.validate.rules.AxeUnique;
import fr.ctg.validate.rules.AxeVide;
import fr.ctg.validate.rules.BaremeDispositif;
import fr.ctg.validate.rules.CaracteresImprimables;
import fr.ctg.validate.rules.DeliberationDatee;
import fr.ctg.validate.rules.DeliberationManquante;
import fr.ctg.validate.rules.DeliberationOrgane;
import fr.ctg.validate.rules.DeliberationTardive;
import fr.ctg.validate.rules.DomaineNational;
import fr.ctg.validate.rules.EmpreintePdfSigne;
import fr.ctg.validate.rules.EspacesReserves;
import fr.ctg.validate.rules.EvaluationAnnee;
import fr.ctg.validate.rules.FicheAxe;
import fr.ctg.validate.rules.FicheManquante;
import fr.ctg.validate.rules.FicheOrpheline;
import fr.ctg.validate.rules.FicheUnique;
import fr.ctg.validate.rules.FichierReference;
import fr.ctg.validate.rules.IdDossier;
import fr.ctg.validate.rules.LigneIntitulee;
import fr.ctg.validate.rules.MontantPositif;
import fr.ctg.validate.rules.MotFormulaire;
import fr.ctg.validate.rules.NomCaf;
import fr.ctg.validate.rules.NomPartie;
import fr.ctg.validate.rules.ObjetDeliberation;
import fr.ctg.validate.rules.PartieUnique;
import fr.ctg.validate.rules.PartiesRequises;
import fr.ctg.validate.rules.PeriodeMaximale;
import fr.ctg.validate.rules.PeriodeOrdonnee;
import fr.ctg.validate.rules.ReferencePartie;
import fr.ctg.validate.rules.RepresentantRequis;
import fr.ctg.validate.rules.SignatureRequise;
import fr.ctg.validate.rules.SirenPartie;
import fr.ctg.validate.rules.SurchargeAJour;
import fr.ctg.validate.rules.TotalFinancement;
import fr.ctg.validate.rules.TransmissionActes;
import fr.ctg.validate.rules.VotesDeliberation;
import java.util.List;

/** Every CTG rule the engine enforces, in the order of the README's table. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule<Convention>> all() {
        return List.of(
                new IdDossier(),
                new EspacesReserves(),
                new PeriodeOrdonnee(),
                new PeriodeMaximale(),
                new SignatureRequise(),
                new EmpreintePdfSigne(),
                new PartiesRequises(),
                new PartieUnique(),
                new RepresentantRequis(),
                new SirenPartie(),
                new NomCaf(),
                new NomPartie(),
                new AlternativeBarre(),
                new MotFormulaire(),
                new CaracteresImprimables(),
                new AccordArticleGenre(),
                new ReferencePartie(),
                new DeliberationManquante(),
                new DeliberationDatee(),
                new DeliberationTardive(),
                new DeliberationOrgane(),
                new ObjetDeliberation(),
                new VotesDeliberation(),
                new FichierReference(),
                new SurchargeAJour(),
                new AxeUnique(),
                new AxeVide(),
                new AxeEcheance(),
                new DomaineNational(),
                new FicheUnique(),
                new FicheAxe(),
                new FicheManquante(),
                new FicheOrpheline(),
                new ActionDansPeriode(),
                new EvaluationAnnee(),
                new TotalFinancement(),
                new MontantPositif(),
                new LigneIntitulee(),
                new BaremeDispositif(),
                new TransmissionActes(),
                new AccuseReceptionActes(),
                new AccuseConventionSignee(),
                new AccuseSirenPartie(),
                new AccuseApresSignature(),
                new AccuseNatureConvention());
    }
}
