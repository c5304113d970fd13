package fr.ctg.avenant.draft;

import fr.ctg.diagnostic.InputOutputFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Reads a file of the git repository that holds it, as it was at a given reference (commit, branch, tag). */
public final class ConventionHistory {

    /** The file's bytes at {@code ref}. */
    public byte[] read(Path file, String ref) throws DraftException {
        Path absolute = file.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.getParent().toFile());
        if (builder.getGitDir() == null) {
            throw new DraftException(absolute.getParent() + " n’est pas dans un dépôt git : l’historique de la convention est introuvable");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId commitId = commit(repository, ref);
            if (commitId == null) {
                throw new DraftException("la référence git « " + ref + " » est inconnue (essayez un commit, une branche ou une étiquette)");
            }
            File workTree = repository.getWorkTree();
            String path = workTree.toPath().toAbsolutePath().normalize().relativize(absolute).toString().replace(File.separatorChar, '/');
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(commitId);
                try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                    if (tree == null) {
                        throw new DraftException(path + " n’existe pas à la référence « " + ref + " »");
                    }
                    return repository.open(tree.getObjectId(0)).getBytes();
                }
            }
        } catch (IOException e) {
            throw new DraftException("lecture du dépôt git impossible : " + InputOutputFailure.describe(e), e);
        }
    }

    /** JGit says what is wrong with a reference in English: here in French. */
    private static ObjectId commit(Repository repository, String ref) throws IOException, DraftException {
        try {
            return repository.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException e) {
            throw new DraftException("la référence git « " + ref + " » est mal écrite (essayez un commit, une branche ou une étiquette)");
        } catch (AmbiguousObjectException e) {
            throw new DraftException("la référence git « " + ref + " » désigne plusieurs commits : donnez plus de chiffres de son identifiant");
        } catch (IncorrectObjectTypeException e) {
            throw new DraftException("la référence git « " + ref + " » ne désigne pas un commit");
        }
    }
}
