package fr.ctg.write.docx;

import java.math.BigInteger;
import java.util.Optional;

import org.docx4j.wml.Lvl;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;

/**
 * Real Word numbering taken from the house style: the first abstract numbering whose first level is a
 * bullet serves every {@code <ul>}; the first whose first level is decimal serves every {@code <ol>}, each
 * new list getting its own {@code w:num} that restarts at 1. New numIds follow the largest one of the house
 * style, in document order.
 */
final class ListNumbering {

    static final int MAX_LEVELS = 3;
    private static final int DEFAULT_INDENT = 720;

    private final Numbering numbering;
    private final Numbering.AbstractNum bullets;
    private final Numbering.AbstractNum decimals;
    private final BigInteger bulletNumId;
    private BigInteger nextNumId;

    ListNumbering(Numbering numbering) {
        this.numbering = numbering;
        this.bullets = firstWith(NumberFormat.BULLET);
        this.decimals = firstWith(NumberFormat.DECIMAL);
        this.nextNumId = numbering.getNum().stream().map(Numbering.Num::getNumId)
            .max(BigInteger::compareTo).orElse(BigInteger.ZERO).add(BigInteger.ONE);
        this.bulletNumId = numbering.getNum().stream()
            .filter(num -> num.getAbstractNumId().getVal().equals(bullets.getAbstractNumId()))
            .filter(num -> num.getLvlOverride().isEmpty())
            .map(Numbering.Num::getNumId).findFirst()
            .orElseGet(() -> newNum(bullets, Optional.empty()));
    }

    BigInteger bullets() {
        return bulletNumId;
    }

    /** A new instance of the decimal list restarting at 1 on {@code level}. */
    BigInteger restartDecimal(int level) {
        return newNum(decimals, Optional.of(level));
    }

    void number(P paragraph, BigInteger numId, int level) {
        PPrBase.NumPr numPr = Wml.FACTORY.createPPrBaseNumPr();
        PPrBase.NumPr.Ilvl ilvl = Wml.FACTORY.createPPrBaseNumPrIlvl();
        ilvl.setVal(BigInteger.valueOf(level));
        numPr.setIlvl(ilvl);
        PPrBase.NumPr.NumId id = Wml.FACTORY.createPPrBaseNumPrNumId();
        id.setVal(numId);
        numPr.setNumId(id);
        Wml.properties(paragraph).setNumPr(numPr);
        Wml.properties(paragraph).setInd(null); // the numbering level carries the indentation
    }

    /** Left indentation of the text of a list item, for its following paragraphs. */
    BigInteger textIndent(boolean ordered, int level) {
        return (ordered ? decimals : bullets).getLvl().stream()
            .filter(lvl -> lvl.getIlvl().intValue() == level)
            .map(Lvl::getPPr).filter(p -> p != null && p.getInd() != null && p.getInd().getLeft() != null)
            .map(p -> p.getInd().getLeft()).findFirst()
            .orElse(BigInteger.valueOf((long) DEFAULT_INDENT * (level + 1)));
    }

    private BigInteger newNum(Numbering.AbstractNum abstractNum, Optional<Integer> restartLevel) {
        Numbering.Num num = Wml.FACTORY.createNumberingNum();
        BigInteger numId = nextNumId;
        nextNumId = nextNumId.add(BigInteger.ONE);
        num.setNumId(numId);
        Numbering.Num.AbstractNumId abstractId = Wml.FACTORY.createNumberingNumAbstractNumId();
        abstractId.setVal(abstractNum.getAbstractNumId());
        num.setAbstractNumId(abstractId);
        restartLevel.ifPresent(level -> {
            Numbering.Num.LvlOverride override = Wml.FACTORY.createNumberingNumLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            Numbering.Num.LvlOverride.StartOverride start = Wml.FACTORY.createNumberingNumLvlOverrideStartOverride();
            start.setVal(BigInteger.ONE);
            override.setStartOverride(start);
            num.getLvlOverride().add(override);
        });
        num.setParent(numbering);
        numbering.getNum().add(num);
        return numId;
    }

    private Numbering.AbstractNum firstWith(NumberFormat format) {
        return numbering.getAbstractNum().stream()
            .filter(abstractNum -> abstractNum.getLvl().stream()
                .anyMatch(lvl -> lvl.getIlvl().intValue() == 0 && lvl.getNumFmt() != null
                    && lvl.getNumFmt().getVal() == format))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(
                "le style maison n’a pas de liste " + (format == NumberFormat.BULLET ? "à puces" : "numérotée")
                    + " (numbering.xml)"));
    }
}
