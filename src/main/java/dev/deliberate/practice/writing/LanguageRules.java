package dev.deliberate.practice.writing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language correctness by rules small enough to run on every answer: capitals and end marks,
 * Spanish opening question marks, a word written twice, common misspellings and missing accents,
 * a few agreement slips; and two habits of style (one word repeated, sentences all alike). It
 * names the first problem it finds, quoting it; it does not claim to find every error (see
 * docs/practice-engine.md for why LanguageTool is not used).
 */
final class LanguageRules {

    private static final Map<String, String> ENGLISH_SPELLING = pairs("alot a lot", "becuase because", "beacuse because",
            "definately definitely", "thier their", "recieve receive", "untill until", "wich which", "occured occurred",
            "seperate separate", "goverment government", "beleive believe", "tommorow tomorrow", "wierd weird", "truely truly",
            "enviroment environment", "arguement argument", "begining beginning", "finaly finally", "realy really",
            "basicly basically", "probaly probably", "diffrent different", "importent important", "peolpe people", "freind friend",
            "shoud should", "becasue because", "studens students", "whith with", "dont don't", "doesnt doesn't", "isnt isn't",
            "cant can't", "wont won't", "im I'm", "alright all right", "helth health", "bulling bullying", "exersise exercise", "excercise exercise");
    private static final Map<String, String> SPANISH_SPELLING = pairs("tambien también", "ademas además", "despues después",
            "facil fácil", "dificil difícil", "musica música", "tecnologia tecnología", "energia energía", "telefono teléfono",
            "movil móvil", "moviles móviles", "deberian deberían", "deberia debería", "podrian podrían", "tendrian tendrían",
            "mas más", "asi así", "aqui aquí", "ahi ahí", "alli allí", "practica práctica",
            "economia economía", "dia día", "dias días", "todavia todavía", "sabias sabías", "rapido rápido", "ultimo último",
            "numero número", "pais país", "estan están", "porqe porque", "haci así", "hiba iba", "aver a ver",
            "atravez a través", "sobretodo sobre todo", "enserio en serio", "nose no sé");
    private static final Pattern ENGLISH_AGREEMENT = Pattern.compile(
            "\\b(they was|we was|you was|he don't|she don't|it don't|there is many|people is|students was|children is|he have|she have)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPANISH_AGREEMENT = Pattern.compile(
            "\\b(los|las|unos|unas) (?!que\\b|cuales\\b|demás\\b|siete\\b|nueve\\b|once\\b|doce\\b|trece\\b|catorce\\b|quince\\b|veinte\\b|treinta\\b|mil\\b)(\\p{L}{3,}[aeoáéó])\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOUBLED = Pattern.compile("\\b(\\p{L}+) \\1\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LanguageRules() {
    }

    static Finding language(Draft draft) {
        Optional<Finding> error = firstError(draft);
        if (error.isPresent()) {
            return error.get();
        }
        return style(draft).orElse(Finding.met("language", "clean"));
    }

    private static Optional<Finding> firstError(Draft draft) {
        for (String sentence : draft.sentences()) {
            String quote = Draft.quote(sentence);
            char first = sentence.replaceFirst("^[¿¡\"“«(]+", "").charAt(0);
            if (Character.isLetter(first) && Character.isLowerCase(first)) {
                return Optional.of(Finding.missed("language", "capital", quote));
            }
            if (draft.lexicon() == Lexicon.SPANISH && sentence.endsWith("?") && sentence.indexOf('¿') < 0) {
                return Optional.of(Finding.missed("language", "opening-question", quote));
            }
            Optional<Finding> word = wordError(draft.lexicon(), sentence, quote);
            if (word.isPresent()) {
                return word;
            }
        }
        String last = draft.sentences().isEmpty() ? "" : draft.sentences().get(draft.sentences().size() - 1);
        if (!last.isEmpty() && !last.matches("(?s).*[.!?…][\"”»)]?$")) {
            return Optional.of(Finding.missed("language", "end-mark", Draft.quote(last)));
        }
        return Optional.empty();
    }

    private static Optional<Finding> wordError(Lexicon lex, String sentence, String quote) {
        Matcher doubled = DOUBLED.matcher(sentence);
        if (doubled.find() && !doubled.group(1).equalsIgnoreCase("that") && !doubled.group(1).equalsIgnoreCase("had")) {
            return Optional.of(Finding.missed("language", "doubled", quote, doubled.group()));
        }
        Map<String, String> spelling = lex == Lexicon.SPANISH ? SPANISH_SPELLING : ENGLISH_SPELLING;
        for (String word : sentence.split("[^\\p{L}']+")) {
            String fix = spelling.get(word.toLowerCase(java.util.Locale.ROOT));
            if (lex == Lexicon.ENGLISH && word.equals("i")) {
                fix = "I";
            }
            if (lex == Lexicon.SPANISH && fix == null && word.length() > 5 && word.toLowerCase(java.util.Locale.ROOT).endsWith("cion")) {
                fix = word.substring(0, word.length() - 3) + "ión";
            }
            if (fix != null) {
                return Optional.of(Finding.missed("language", "spelling", quote, word, fix));
            }
        }
        Matcher agreement = (lex == Lexicon.SPANISH ? SPANISH_AGREEMENT : ENGLISH_AGREEMENT).matcher(sentence);
        if (agreement.find()) {
            return Optional.of(Finding.missed("language", "agreement", quote, agreement.group()));
        }
        return Optional.empty();
    }

    /** A content word used three times or more in a short text, or three sentences or more that all start alike. */
    private static Optional<Finding> style(Draft draft) {
        Map<String, Integer> counts = new HashMap<>();
        draft.lexicon().contentWords(draft.words()).forEach(w -> counts.merge(w, 1, Integer::sum));
        Optional<Map.Entry<String, Integer>> repeated = counts.entrySet().stream().filter(e -> e.getValue() >= 3 && e.getKey().length() >= 5)
                .max(Map.Entry.comparingByValue());
        if (repeated.isPresent() && draft.words().size() < 150) {
            return Optional.of(Finding.met("language", "repeats", repeated.get().getKey(), repeated.get().getValue()));
        }
        List<String> openings = new ArrayList<>();
        draft.sentences().forEach(s -> openings.add(Draft.words(s).isEmpty() ? "" : Draft.words(s).get(0)));
        if (openings.size() >= 3 && openings.stream().distinct().count() == 1) {
            return Optional.of(Finding.met("language", "same-start", openings.get(0)));
        }
        return Optional.empty();
    }

    private static Map<String, String> pairs(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (String pair : pairs) {
            int space = pair.indexOf(' ');
            map.put(pair.substring(0, space), pair.substring(space + 1));
        }
        return Map.copyOf(map);
    }
}
