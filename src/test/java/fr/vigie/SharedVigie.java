package fr.vigie;

/** One Vigie for the whole test run: loading the models takes seconds. */
public final class SharedVigie {

    private static volatile Vigie vigie;

    private SharedVigie() {
    }

    public static Vigie get() {
        if (vigie == null) {
            synchronized (SharedVigie.class) {
                if (vigie == null) {
                    vigie = Vigie.create();
                }
            }
        }
        return vigie;
    }
}
