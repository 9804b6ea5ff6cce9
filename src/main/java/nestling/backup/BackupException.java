package nestling.backup;

/** A backup failure: a {@link BackupProblem} plus an optional detail (never a secret or family data). */
public final class BackupException extends Exception {
    private static final long serialVersionUID = 1L;
    private final BackupProblem problem;
    private final String detail;

    public BackupException(BackupProblem problem) {
        this(problem, null, null);
    }

    public BackupException(BackupProblem problem, String detail) {
        this(problem, detail, null);
    }

    public BackupException(BackupProblem problem, String detail, Throwable cause) {
        super(detail == null ? problem.message() : problem.message() + " (" + detail + ")", cause);
        this.problem = problem;
        this.detail = detail;
    }

    public BackupProblem problem() {
        return problem;
    }

    /** Where the problem is (a JSON path, a line and column), or null. */
    public String detail() {
        return detail;
    }
}
