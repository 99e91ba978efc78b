package pl.cus.portal.identity.internal;

import java.security.SecureRandom;

/**
 * Initial passwords for staff accounts: read aloud or copied by hand, so the alphabet leaves out characters that
 * look alike (0/O/o, 1/l/I). 16 characters from 56 give about 92 bits.
 */
final class InitialPasswords {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {}

    static String generate() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
