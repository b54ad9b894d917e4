package org.longarm.cli;

/** Entry point of the ./longarm command line. */
public final class Main {
    public static void main(String[] args) {
        System.err.println("longarm: not built yet");
        System.exit(2);
    }
}
