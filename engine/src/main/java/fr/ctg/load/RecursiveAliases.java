package fr.ctg.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds a list or mapping that contains itself through an alias ({@code a: &x [*x]}). Such a tree is
 * endless: binding it would never finish. Each node is visited once, however often aliases repeat it.
 */
final class RecursiveAliases {

    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> explored = Collections.newSetFromMap(new IdentityHashMap<>());

    private RecursiveAliases() {
    }

    /** The anchored node that contains itself, if there is one. */
    static Optional<Node> find(Node root) {
        return Optional.ofNullable(new RecursiveAliases().visit(root));
    }

    private Node visit(Node node) {
        if (onPath.contains(node)) {
            return node;
        }
        if (!explored.add(node)) {
            return null;
        }
        onPath.add(node);
        try {
            for (Node child : children(node)) {
                Node found = visit(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        } finally {
            onPath.remove(node);
        }
    }

    private static List<Node> children(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof MappingNode mapping) {
            List<Node> children = new ArrayList<>();
            for (NodeTuple entry : mapping.getValue()) {
                children.add(entry.getKeyNode());
                children.add(entry.getValueNode());
            }
            return children;
        }
        return List.of();
    }
}
