package io.redweave.internal.processor.model;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/** The javac-specific half of {@link SourceLocator}, kept apart so other compilers never load it. */
final class SourceTrees {

    private final Trees trees;

    private SourceTrees(Trees trees) {
        this.trees = trees;
    }

    static SourceTrees create(ProcessingEnvironment env) {
        return new SourceTrees(Trees.instance(env));
    }

    Optional<String> fileName(Element element) {
        TreePath path = trees.getPath(element);
        if (path == null) {
            return Optional.empty();
        }
        String name = path.getCompilationUnit().getSourceFile().getName().replace('\\', '/');
        return Optional.of(name.substring(name.lastIndexOf('/') + 1));
    }

    /** The line of the method's declaration proper (its return type), past its annotations. */
    long line(Element element) {
        TreePath path = trees.getPath(element);
        if (path == null) {
            return 0;
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        Tree tree = path.getLeaf();
        if (tree instanceof MethodTree method && method.getReturnType() != null) {
            tree = method.getReturnType();
        }
        SourcePositions positions = trees.getSourcePositions();
        long start = positions.getStartPosition(unit, tree);
        return start < 0 ? 0 : unit.getLineMap().getLineNumber(start);
    }

    /**
     * Prints on the attribute of the {@code index}-th annotation of a type on a method, or on that
     * annotation when the attribute is not written. Used for repeated annotations, whose mirrors
     * javac's Messager cannot match to their trees. False when the tree is not found.
     */
    boolean print(Kind kind, String message, Element method, String annotation, int index, String attribute) {
        TreePath path = trees.getPath(method);
        if (path == null || !(path.getLeaf() instanceof MethodTree methodTree)) {
            return false;
        }
        TreePath modifiers = new TreePath(path, methodTree.getModifiers());
        int seen = 0;
        for (AnnotationTree tree : methodTree.getModifiers().getAnnotations()) {
            if (isOfType(new TreePath(modifiers, tree.getAnnotationType()), annotation) && seen++ == index) {
                trees.printMessage(kind, message, argument(tree, attribute), path.getCompilationUnit());
                return true;
            }
        }
        return false;
    }

    private boolean isOfType(TreePath typePath, String annotation) {
        Element element = trees.getElement(typePath);
        if (element instanceof TypeElement type) {
            return type.getQualifiedName().contentEquals(annotation);
        }
        String written = typePath.getLeaf().toString();
        return annotation.equals(written) || annotation.endsWith("." + written);
    }

    private static Tree argument(AnnotationTree annotation, String attribute) {
        for (ExpressionTree argument : annotation.getArguments()) {
            if (argument instanceof AssignmentTree assignment
                    && assignment.getVariable() instanceof IdentifierTree name
                    && name.getName().contentEquals(attribute)) {
                return assignment.getExpression();
            }
        }
        return annotation;
    }
}
