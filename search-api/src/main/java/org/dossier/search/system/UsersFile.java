package org.dossier.search.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Who may sign in, from a properties file: {@code name={bcrypt}HASH,ROLE_X[,ROLE_Y]}, the form
 * Spring Security's in-memory user store reads. When the file is missing, one user per role is
 * made with a random password; the hashes go to the file and the passwords, once, to
 * {@value #INITIAL_PASSWORDS} beside it, readable by its owner only.
 */
public final class UsersFile {

    static final String INITIAL_PASSWORDS = "initial-passwords.txt";
    private static final Logger log = LoggerFactory.getLogger(UsersFile.class);
    private static final Map<String, String> FIRST_USERS = Map.of(
            "researcher", "ROLE_RESEARCHER", "analyst", "ROLE_ANALYST", "operator", "ROLE_OPERATOR",
            "admin", "ROLE_ADMIN");
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private UsersFile() {
    }

    public static Properties read(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        Properties users = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            users.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the users file " + file, e);
        }
        if (users.isEmpty()) {
            throw new IllegalStateException("The users file " + file + " names no user; add lines such as "
                    + "name={bcrypt}HASH,ROLE_RESEARCHER");
        }
        return users;
    }

    private static void create(Path file) {
        SecureRandom random = new SecureRandom();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        Map<String, String> passwords = new LinkedHashMap<>();
        StringBuilder users = new StringBuilder("# Who may sign in: name={bcrypt}HASH,ROLE_...\n"
                + "# Roles: ROLE_RESEARCHER (search), ROLE_ANALYST (review), ROLE_OPERATOR (runs), ROLE_ADMIN (all).\n");
        for (String name : new String[] {"researcher", "analyst", "operator", "admin"}) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            passwords.put(name, password.toString());
            users.append(name).append("={bcrypt}").append(bcrypt.encode(password)).append(',')
                    .append(FIRST_USERS.get(name)).append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, users, StandardCharsets.UTF_8);
            Path initial = file.resolveSibling(INITIAL_PASSWORDS);
            try (Writer writer = Files.newBufferedWriter(initial, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> user : passwords.entrySet()) {
                    writer.write(user.getKey() + " " + user.getValue() + "\n");
                }
            }
            try {
                Files.setPosixFilePermissions(initial, PosixFilePermissions.fromString("rw-------"));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the files keep the default permissions.
            }
            log.warn("Made the users file {} with one user per role; their passwords are in {}", file, initial);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the users file " + file, e);
        }
    }
}
