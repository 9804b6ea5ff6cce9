package nestling.imports;

/**
 * Why an import cannot go ahead as asked (not a row: the whole of it), with a message saying what to
 * do. {@link Kind} lets the command line choose its exit code and the window its wording.
 */
public final class ImportProblem extends Exception {
    public enum Kind {
        /** The question needs an answer the parent did not give, or gave one that does not fit. */
        NEEDS_ANSWER,
        /** A baby named in the answers is not in Nestling. */
        NO_SUCH_BABY
    }

    private final Kind kind;

    public ImportProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
