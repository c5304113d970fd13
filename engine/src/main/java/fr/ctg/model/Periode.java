package fr.ctg.model;

import java.time.LocalDate;

/** The convention's period of effect, both days included. */
public record Periode(LocalDate debut, LocalDate fin) {

    public boolean contains(LocalDate jour) {
        return !jour.isBefore(debut) && !jour.isAfter(fin);
    }
}
