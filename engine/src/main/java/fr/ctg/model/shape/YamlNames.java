package fr.ctg.model.shape;

/** Java component names in camelCase become YAML keys in snake_case: {@code publicVise} → {@code public_vise}. */
final class YamlNames {

    private YamlNames() {
    }

    static String key(String composant) {
        StringBuilder key = new StringBuilder();
        for (char c : composant.toCharArray()) {
            if (Character.isUpperCase(c)) {
                key.append('_').append(Character.toLowerCase(c));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }
}
