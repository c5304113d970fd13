package fr.ctg.style;

import fr.ctg.validate.Rule;
import java.util.ArrayList;
import java.util.List;

/** Every rule of a Caf's house style, in the order of the README's table. */
public final class StyleRules {

    private StyleRules() {
    }

    /** The rules of a style file. */
    public static List<Rule<StyleFile>> ofFile() {
        return List.of(new CouleurStyle(), new PoliceStyle(), new LogoStyle(), new MesureStyle(), new TexteStyle());
    }

    /** Every style rule: those of the file, then the one on the files that are no longer read. */
    public static List<Rule<?>> all() {
        List<Rule<?>> all = new ArrayList<>(ofFile());
        all.add(new AncienStyle());
        return List.copyOf(all);
    }
}
