package fr.ctg.model;

import java.util.List;

/** Article 8: the services to contact before a public event. */
public record Communication(List<Contact> contacts) {
}
