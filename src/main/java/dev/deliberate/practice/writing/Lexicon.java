package dev.deliberate.practice.writing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words the rules look for, in English and Spanish: what takes a position, gives a reason,
 * points to evidence, links ideas, answers the other side, or reaches beyond a summary.
 */
enum Lexicon {

    ENGLISH(
            List.of("should", "shouldn't", "must", "ought to", "need to", "needs to", "have to", "better", "worse", "best", "harmful",
                    "harm", "essential", "important", "necessary", "wrong", "unfair", "fair", "too much", "too many", "deserve",
                    "waste", "bad for", "good for", "bad", "good", "can be", "cannot", "benefit", "matters", "worth", "too"),
            List.of("because", "becuase", "beacuse", "becasue", "since", "due to", "given that", "so that", "as a result", "for two reasons", ", as "),
            List.of("in this essay i will", "i am going to talk", "i'm going to talk", "this essay is about", "i will write about",
                    "i will talk about", "let me tell you", "this essay will talk"),
            List.of("imagine", "picture this", "last year", "last summer", "last week", "when i was", "did you know", "what if",
                    "every day", "most people", "nobody", "everyone", "millions", "once"),
            List.of("in this essay", "hello", "hi ", "my name", "the dictionary", "according to the dictionary", "today i"),
            List.of("first", "firstly", "second", "secondly", "finally", "to begin", "then", "also", "will show", "will explain",
                    "will look at", "this essay"),
            List.of("helps", "help", "improves", "improve", "harms", "hurts", "causes", "cause", "makes", "make", "keeps", "keep",
                    "teaches", "teach", "damages", "damage", "pollute", "pollutes", "distract", "distracts", "drain", "drains",
                    "inspire", "inspires", "produces", "brings", "lets", "costs", "cost", "trains", "opens", "belongs", "last",
                    "leads", "reduces", "increases", "saves", "protects"),
            List.of("for example", "for instance", "according to", "a study", "studies", "research", "survey", "data", "statistics",
                    "report", "found that", "shows that", "such as", "in one", "scientists", "doctors", "experts", "recommends"),
            List.of("this shows", "this means", "this proves", "which means", "which shows", "therefore", "so ", "as a result",
                    "that is why", "because of this", "this is important because", "in other words", "consequently", "thus",
                    "this suggests", "this is why", "because"),
            List.of("however", "moreover", "furthermore", "in addition", "also", "on the other hand", "another", "besides",
                    "similarly", "likewise", "not only", "beyond", "apart from", "while", "although", "despite", "in contrast",
                    "as a result", "therefore", "for this reason", "equally", "just as", "but"),
            List.of("some people", "others", "critics", "opponents", "it is true that", "some may", "one could argue", "admittedly",
                    "of course", "although some", "some argue", "some say", "some think", "some believe", "people who disagree"),
            List.of("however", "but", "yet", "even so", "nevertheless", "still", "this ignores", "although", "the problem is",
                    "this is not", "that does not"),
            List.of("should", "must", "need to", "let's", "let us", "we can", "if ", "in the future", "imagine", "next time",
                    "everyone", "our", "together", "matters", "it is time", "the next", "?", "will"),
            Set.of("the", "and", "of", "to", "a", "in", "is", "that", "it", "for", "are", "be", "with", "they", "this", "on", "not",
                    "as", "have", "but", "we", "you", "should", "because", "more", "their", "was", "by", "or", "from", "an", "at",
                    "which", "can", "has", "also", "so", "do", "would", "them", "there", "what", "many", "i", "my", "our", "if",
                    "than", "when", "who", "these", "those", "all", "its", "will", "about", "people", "much", "too", "very")),

    SPANISH(
            List.of("debería", "deberían", "deberia", "deberian", "debe ", "deben", "tendría que", "tendrían que", "hay que", "es necesario", "es mejor",
                    "mejor", "peor", "perjudica", "perjudican", "dañino", "esencial", "importante", "necesario", "injusto", "justo",
                    "demasiado", "más daño", "beneficia", "merece", "es malo", "es bueno", "malo", "bueno", "puede ser", "no deberían",
                    "importa", "vale la pena"),
            List.of("porque", "ya que", "puesto que", "debido a", "pues", "dado que", "gracias a", "por dos razones"),
            List.of("en este ensayo voy", "voy a hablar", "este ensayo trata", "en este texto voy", "os voy a contar",
                    "les voy a hablar", "voy a escribir sobre"),
            List.of("imagina", "piensa en", "el año pasado", "el verano pasado", "cuando tenía", "¿sabías", "qué pasaría",
                    "cada día", "la mayoría", "nadie", "todo el mundo", "millones", "una vez"),
            List.of("en este ensayo", "hola", "me llamo", "el diccionario", "según el diccionario", "hoy voy"),
            List.of("primero", "en primer lugar", "segundo", "en segundo lugar", "después", "por último", "finalmente", "además",
                    "veremos", "mostraré", "explicaré", "este ensayo"),
            List.of("ayuda", "ayudan", "mejora", "mejoran", "perjudica", "perjudican", "causa", "causan", "hace", "hacen",
                    "mantiene", "mantienen", "enseña", "enseñan", "daña", "dañan", "contamina", "contaminan", "distrae", "distraen",
                    "quita", "quitan", "inspira", "inspiran", "produce", "producen", "permite", "permiten", "cuesta", "cuestan",
                    "entrena", "abre", "duran", "reduce", "aumenta", "ahorra", "protege", "atrae", "llena", "es de todos", "facilita",
                    "facilitan", "ensucian", "pagan"),
            List.of("por ejemplo", "según", "un estudio", "estudios", "investigación", "encuesta", "datos", "estadísticas", "informe",
                    "encontró que", "muestra que", "muestran que", "como en", "en un", "en una", "los científicos", "los médicos",
                    "expertos", "recomienda"),
            List.of("esto demuestra", "esto muestra", "esto significa", "esto prueba", "por lo tanto", "así que", "por eso",
                    "lo que significa", "lo que muestra", "es decir", "en consecuencia", "esto indica", "por esta razón", "porque",
                    "así,"),
            List.of("además", "sin embargo", "por otro lado", "otra", "otro", "también", "asimismo", "no solo", "aparte de", "aunque",
                    "a pesar de", "en cambio", "por eso", "por lo tanto", "del mismo modo", "igualmente", "pero", "más allá"),
            List.of("algunas personas", "algunos dicen", "algunos piensan", "algunos creen", "hay quien", "hay quienes",
                    "los críticos", "es cierto que", "se podría pensar", "claro que", "aunque algunos", "otros piensan", "otros dicen",
                    "quienes no están de acuerdo"),
            List.of("sin embargo", "pero", "aun así", "no obstante", "aunque", "el problema es", "esto olvida", "eso no"),
            List.of("debemos", "deberían", "debería", "hay que", "si ", "en el futuro", "imagina", "todos", "juntos", "nuestro",
                    "nuestra", "importa", "es hora", "la próxima", "?", "podemos"),
            Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "para", "con", "no", "se", "del", "al",
                    "lo", "como", "más", "pero", "sus", "su", "le", "ya", "o", "porque", "muy", "sin", "sobre", "también", "me",
                    "hay", "donde", "todo", "nos", "son", "está", "están", "les", "esto", "eso", "este", "esta", "cada", "mucho",
                    "muchos", "deberían", "debería", "yo", "mi", "cuando", "si", "ser", "tiene", "tienen", "qué"));

    final List<String> position;
    final List<String> reason;
    final List<String> announce;
    final List<String> hook;
    final List<String> plainOpening;
    final List<String> roadmap;
    final List<String> claimVerbs;
    final List<String> evidence;
    final List<String> reasoning;
    final List<String> transitions;
    final List<String> otherSide;
    final List<String> rebuttal;
    final List<String> beyond;
    final Set<String> common;

    Lexicon(List<String> position, List<String> reason, List<String> announce, List<String> hook, List<String> plainOpening,
            List<String> roadmap, List<String> claimVerbs, List<String> evidence, List<String> reasoning, List<String> transitions,
            List<String> otherSide, List<String> rebuttal, List<String> beyond, Set<String> common) {
        this.position = position;
        this.reason = reason;
        this.announce = announce;
        this.hook = hook;
        this.plainOpening = plainOpening;
        this.roadmap = roadmap;
        this.claimVerbs = claimVerbs;
        this.evidence = evidence;
        this.reasoning = reasoning;
        this.transitions = transitions;
        this.otherSide = otherSide;
        this.rebuttal = rebuttal;
        this.beyond = beyond;
        this.common = common;
    }

    /** The language of a text: Spanish when its marks or common words say so, else English. */
    static Lexicon of(List<String> words, String text) {
        if (text.indexOf('¿') >= 0 || text.indexOf('¡') >= 0 || text.indexOf('ñ') >= 0) {
            return SPANISH;
        }
        long spanish = words.stream().filter(SPANISH.common::contains).count();
        long english = words.stream().filter(ENGLISH.common::contains).count();
        return spanish > english ? SPANISH : ENGLISH;
    }

    /** The first phrase of {@code phrases} that {@code sentence} contains as whole words. */
    static Optional<String> find(String sentence, List<String> phrases) {
        String padded = (" " + sentence.toLowerCase(Locale.ROOT).replaceAll("[.,;:!¡\"“”«»()]", " $0 ") + " ").replaceAll("\\s+", " ");
        return phrases.stream().filter(p -> padded.contains(boundary(p))).findFirst();
    }

    private static String boundary(String phrase) {
        String p = phrase.strip();
        if (p.equals("?") || p.startsWith(",") || p.startsWith("¿")) {
            return p.startsWith(",") ? " " + p : p;
        }
        return " " + p + " ";
    }

    /** The words that carry meaning (not the common ones), four letters or more. */
    List<String> contentWords(List<String> words) {
        return words.stream().filter(w -> w.length() >= 4 && !common.contains(w)).toList();
    }

    /** A word's stem as the rules compare them: its first five letters. */
    static String stem(String word) {
        return word.length() <= 5 ? word : word.substring(0, 5);
    }

    String language() {
        return this == SPANISH ? "es" : "en";
    }
}
