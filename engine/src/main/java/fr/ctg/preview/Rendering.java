package fr.ctg.preview;

import java.util.List;
import java.util.Optional;

/**
 * The documents of one sound state of the folder: the convention first, then each avenant, then the consolidated
 * version when there are avenants.
 *
 * @param version the version of the preview that made them
 */
record Rendering(long version, List<PreviewView> views) {

    Rendering {
        views = List.copyOf(views);
    }

    Optional<PreviewView> view(String key) {
        return views.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    boolean looksLike(List<PreviewView> others) {
        if (others.size() != views.size()) {
            return false;
        }
        for (int i = 0; i < views.size(); i++) {
            if (!views.get(i).looksLike(others.get(i))) {
                return false;
            }
        }
        return true;
    }
}
