package fr.ctg.repository;

/**
 * A Caf's ctg.yaml as it is written, which its JSON Schema describes.
 *
 * @param versionMoteur the engine version the repository expects
 * @param caf what every new convention of the Caf starts from
 */
public record SettingsFile(String versionMoteur, CafDefaults caf) {
}
