package jp.planreport.model;

/** Who a portal account is: a department's staff, the planning office, or the system's caretaker. */
public enum Role {
    /** 課: its own plans only */
    DEPARTMENT("課"),
    /** 企画: every department, the dashboard and the runs */
    OFFICE("企画"),
    /** 管理: the accounts */
    ADMIN("管理");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code office}, {@code department} or {@code admin}, as the command line writes them. */
    public static java.util.Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
