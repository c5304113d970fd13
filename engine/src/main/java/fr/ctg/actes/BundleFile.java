package fr.ctg.actes;

/** One file of an ACTES bundle, named as the channel expects. */
public record BundleFile(String name, byte[] content) {
}
