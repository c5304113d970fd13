package fr.ctg.load;

/** Java component names in camelCase become YAML keys in snake_case: {@code publicVise} → {@code public_vise}. */
public final class NomsYaml {

    private NomsYaml() {
    }

    public static String cle(String composant) {
        StringBuilder cle = new StringBuilder();
        for (char c : composant.toCharArray()) {
            if (Character.isUpperCase(c)) {
                cle.append('_').append(Character.toLowerCase(c));
            } else {
                cle.append(c);
            }
        }
        return cle.toString();
    }
}
