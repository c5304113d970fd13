package fr.ctg.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** "Fait à PLACE, le DATE". The date stays empty until it is known. */
public record Signature(String lieu, @Nullable LocalDate date) {
}
