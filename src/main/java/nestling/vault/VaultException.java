package nestling.vault;

/** A vault failure with a {@link VaultProblem}; the message never carries secrets or family data. */
public final class VaultException extends Exception {
    private static final long serialVersionUID = 1L;
    private final VaultProblem problem;

    public VaultException(VaultProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public VaultException(VaultProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public VaultProblem problem() {
        return problem;
    }
}
