package io.github.narrator.script.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per kind of token: the written text on the left, what the newsreader says on the right. */
class NormalizerTest {

    private final Normalizer normalizer = new Normalizer();

    private void check(String written, String spoken) {
        assertEquals(spoken, normalizer.spoken(written), () -> "reading of: " + written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Another 69 were injured.                  | Another sixty-nine were injured.
            Help us reach 20,000 members.             | Help us reach twenty thousand members.
            The fund holds 1,250,000 shares.          | The fund holds one million two hundred fifty thousand shares.
            It sank to Level -2.                      | It sank to Level minus two.
            Agent 007 returned.                       | Agent zero zero seven returned.
            Debts of 30bn were written off.           | Debts of thirty billion were written off.
            The 2024 election was held in 1999 too.   | The twenty twenty-four election was held in nineteen ninety-nine too.
            More than 1500 troops arrived.            | More than one thousand five hundred troops arrived.
            """)
    void cardinal(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The 47th Brigade held the line.           | The forty-seventh Brigade held the line.
            It finished 3rd, then 22nd.               | It finished third, then twenty-second.
            its 101st anniversary                     | its one hundred first anniversary
            """)
    void ordinal(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Growth was 0.4 this quarter.              | Growth was zero point four this quarter.
            It returned 3.19 million votes.           | It returned three point one nine million votes.
            A -0.25 change                            | A minus zero point two five change
            about 1.5m more people                    | about one point five million more people
            version 2.4.1                             | version two point four point one
            """)
    void decimal(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Roughly 2/3 of the city                   | Roughly two thirds of the city
            a 1/2 share                               | a one half share
            It grew 3 3/4 times.                      | It grew three and three quarters times.
            open 24/7                                 | open twenty-four seven
            after 9/11                                | after nine eleven
            a -1/2 step                               | a minus one half step
            """)
    void fraction(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The war has cost $1.2 billion.            | The war has cost one point two billion dollars.
            The EU approved €4.5bn.                   | The E U approved four point five billion euros.
            It costs $20.50.                          | It costs twenty dollars and fifty cents.
            a £2.01 stamp                             | a two pounds and one penny stamp
            Aid of $5-10 million                      | Aid of five to ten million dollars
            Tickets cost $50-$100.                    | Tickets cost fifty dollars to one hundred dollars.
            It sold for US$3 trillion.                | It sold for three trillion U S dollars.
            A fee of $350/yr applies.                 | A fee of three hundred fifty dollars per year applies.
            He paid 500 UAH.                          | He paid five hundred hryvnias.
            It cost R$50.                             | It cost fifty Brazilian reais.
            Only $1 left                              | Only one dollar left
            The $61 billion aid bill passed.          | The sixty-one billion dollar aid bill passed.
            the $5 million in aid                     | the five million dollars in aid
            to fund $12.4M plant upgrade              | to fund twelve point four million dollar plant upgrade
            raised $5 million last year               | raised five million dollars last year
            spent $2 billion buying shares            | spent two billion dollars buying shares
            a $5 million funding round                | a five million dollar funding round
            It cost Rs. 5,000.                        | It cost five thousand rupees.
            """)
    void money(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            damage 34% of bombers                     | damage thirty-four percent of bombers
            It fell to −15°C overnight.               | It fell to minus fifteen degrees Celsius overnight.
            7.62 mm rounds                            | seven point six two millimeter rounds
            a 155 mm shell                            | a one hundred fifty-five millimeter shell
            It is 5 km north.                         | It is five kilometers north.
            20 mm fell overnight                      | twenty millimeters fell overnight
            100 million kg of grain                   | one hundred million kilograms of grain
            2.5 million tonnes                        | two point five million tonnes
            an average of 20.49C                      | an average of twenty point four nine degrees Celsius
            about 1.3C cooler                         | about one point three degrees Celsius cooler
            up to 4C hotter                           | up to four degrees Celsius hotter
            fell to -3F                               | fell to minus three degrees Fahrenheit
            just 1C warmer                            | just one degree Celsius warmer
            at Gate 4C                                | at Gate four C
            a 5-km run                                | a five kilometer run
            The drone flew 1,200 km.                  | The drone flew one thousand two hundred kilometers.
            It weighs 1 kg.                           | It weighs one kilogram.
            up 3-4% this year                         | up three to four percent this year
            142/km² on average                        | one hundred forty-two per square kilometer on average
            a 2x8 m2 room                             | a two by eight square meters room
            prices rose 2.5x                          | prices rose two point five times
            at 250 km/h                               | at two hundred fifty kilometers per hour
            He is 5 ft 11 in tall.                    | He is five feet eleven inches tall.
            """)
    void measure(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Published June 2, 2025                    | Published June second, twenty twenty-five
            on Feb. 24, 2022                          | on February twenty-fourth, twenty twenty-two
            talks on June 1-2                         | talks on June first to second
            Key developments on May 31-June 1         | Key developments on May thirty-first to June first
            born 4 July 1976                          | born the fourth of July nineteen seventy-six
            until March 2026                          | until March twenty twenty-six
            on 2016-11-03                             | on November third, twenty sixteen
            in the 1990s                              | in the nineteen nineties
            the '80s                                  | the eighties
            the 2000s                                 | the two thousands
            the campaign of '03                       | the campaign of oh three
            in 44 BC                                  | in forty-four B C
            on 1/4 at noon                            | on January fourth at noon
            You may 5 times                           | You may five times
            on 2016/07/03                             | on July third, twenty sixteen
            on 15-01-2020                             | on the fifteenth of January twenty twenty
            on 25/12/2020                             | on the twenty-fifth of December twenty twenty
            on 01-15-2020                             | on January fifteenth, twenty twenty
            born 17 may 2010                          | born the seventeenth of May twenty ten
            held on 17 may.                           | held on the seventeenth of May.
            17 may attend                             | seventeen may attend
            """)
    void date(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            at 3:31 AM                                | at three thirty-one A M
            at 5pm                                    | at five P M
            at 10.30pm                                | at ten thirty P M
            at 9:05                                   | at nine oh five
            at 23:00                                  | at twenty-three hundred
            from 2pm-5pm                              | from two P M to five P M
            at 10 a.m. EEST                           | at ten A M E E S T
            at 00:00                                  | at midnight
            at 02:00 pm est                           | at two P M E S T
            open at 1030 am                           | open at ten thirty A M
            closes at 930pm.                          | closes at nine thirty P M.
            """)
    void time(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            covering 2022-2024                        | covering twenty twenty-two to twenty twenty-four
            built in 1837-38                          | built in eighteen thirty-seven to thirty-eight
            a 5-4 vote                                | a five to four vote
            between 1975-1993                         | between nineteen seventy-five and nineteen ninety-three
            won 3–2                                   | won three to two
            the 2012/13 season                        | the twenty twelve to thirteen season
            a 3:1 ratio                               | a three to one ratio
            """)
    void range(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            During World War II                       | During World War two
            King Charles III spoke.                   | King Charles the third spoke.
            Pope Leo XIV                              | Pope Leo the fourteenth
            Volume IV                                 | Volume four
            He and I left.                            | He and I left.
            World War I ended                         | World War one ended
            Malcolm X spoke                           | Malcolm X spoke
            Elizabeth I and James I ruled.            | Elizabeth the first and James the first ruled.
            I told James I would come.                | I told James I would come.
            Type I diabetes                           | Type one diabetes
            """)
    void roman(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Call +380 44 123 4567.                    | Call plus three eight zero, four four, one two three, four five six seven.
            Call (202) 555-0143.                      | Call two zero two, five five five, zero one four three.
            Call 1-800-555-0199.                      | Call one, eight hundred, five five five, zero one nine nine.
            from 10.0.0.1                             | from one zero dot zero dot zero dot one
            dial 555 555 5555                         | dial five five five, five five five, five five five five
            Call 555-0147 today.                      | Call five five five, zero one four seven today.
            call the office at 555-2310               | call the office at five five five, two three one zero
            call them at 212-4455                     | call them at two one two, four four five five
            Ring 020 7946 0958.                       | Ring zero two zero, seven nine four six, zero nine five eight.
            on 0161 496 0000                          | on zero one six one, four nine six, zero zero zero zero
            paid with 4111-1111-1111-1111             | paid with four one one one, one one one one, one one one one, one one one one
            call 911 now                              | call nine one one now
            call 100 people                           | call one hundred people
            from 212-245 people                       | from two hundred twelve to two hundred forty-five people
            """)
    void telephone(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            See https://kyivindependent.com/news.     | See H T T P S colon slash slash kyivindependent dot com slash news.
            Write to tips@example.org.                | Write to tips at example dot org.
            Visit www.bbc.co.uk today                 | Visit W W W dot B B C dot co dot U K today
            follow @NarratorBot                       | follow at NarratorBot
            follow @bbc1 and @12.                     | follow at B B C one and at one two.
            '#StandWithUkraine trended'               | hash tag Stand With Ukraine trended
            '#COP28 talks and #G7'                    | hash tag C O P twenty-eight talks and hash tag G seven
            """)
    void electronic(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            U.S. Secretary of State Marco Rubio       | U S Secretary of State Marco Rubio
            Maj. Gen. Gordon Granger                  | Major General Gordon Granger
            No. 10 Downing St. said                   | number ten Downing Street said
            St. Petersburg and St Louis               | Saint Petersburg and Saint Louis
            Dr. Smith lives on Laguna Dr.             | Doctor Smith lives on Laguna Drive.
            in Galveston, TX, on Friday               | in Galveston, Texas, on Friday
            C. S. Lewis                               | C S Lewis
            Dr. J. R. R. Tolkien                      | Doctor J R R Tolkien
            prisoners of war (POWs)                   | prisoners of war (P O W's)
            Roe v. Wade                               | Roe versus Wade
            R&B and Johnson & Johnson                 | R and B and Johnson and Johnson
            '#1 seed'                                 | number one seed
            Acme ltd. and Smith Jr.                   | Acme limited and Smith Junior.
            Vote NO on Prop. 5                        | Vote NO on Prop. five
            See pp. 12-14 in Vol. 3.                  | See pages twelve to fourteen in volume three.
            a Ph.D. from M.I.T.                       | a P H D from M I T.
            Ford Motor Co. said                       | Ford Motor Company said
            dr. brown met mr. jones in st. louis      | Doctor brown met Mister jones in Saint louis
            """)
    void abbreviation(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He lives at 221 Baker St. in London.      | He lives at two twenty-one Baker Street in London.
            1600 Pennsylvania Ave, Washington, DC     | sixteen hundred Pennsylvania Avenue, Washington, D C
            12 N 5th St, Austin, TX 78701             | twelve North fifth Street, Austin, Texas seven eight seven zero one
            """)
    void address(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COVID-19 spread                           | COVID nineteen spread
            Su-34 and F-16 jets                       | S U thirty-four and F sixteen jets
            flight MH17                               | flight M H seventeen
            3D printing                               | three D printing
            two F-16s                                 | two F sixteens
            """)
    void serial(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Resolution No. 2025-41 passed.            | Resolution number twenty twenty-five dash forty-one passed.
            Case 2024/118 was heard.                  | Case twenty twenty-four slash one hundred eighteen was heard.
            Nos. 3-5 were sold.                       | numbers three to five were sold.
            from account 12345678                     | from account one two three four five six seven eight
            card number 4111 1111 1111 1111           | card number four one one one, one one one one, one one one one, one one one one
            a 401(k) plan                             | a four oh one K plan
            a 501(c)(3) charity                       | a five oh one C three charity
            Section 230(c) of the act                 | Section two thirty C of the act
            about 10 000 000 people                   | about ten million people
            my account is 9876543210                  | my account is nine eight seven six five four three two one zero
            some 1.000.000 euros                      | some one million euros
            version 1.2.3                             | version one point two point three
            """)
    void identifier(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The FBI and CIA briefed the UN.           | The F B I and C I A briefed the U N.
            created with AI assistance                | created with A I assistance
            NATO and NASA officials                   | Nato and Nasa officials
            the UN's vote and the MPs' expenses       | the U N's vote and the M P's' expenses
            US-supplied HIMARS                        | U S-supplied Hy-mars
            AT&T and S&P                              | A T and T and S and P
            at 9 ET (1300 GMT)                        | at nine E T (thirteen hundred G M T)
            the SBU said                              | the S B U said
            a ZQX unit                                | a Z Q X unit
            This is NOT normal.                       | This is NOT normal.
            US STRIKES HIT IRAN AS TALKS STALL        | US STRIKES HIT IRAN AS TALKS STALL
            TELL US WHAT AI MEANS                     | TELL US WHAT A I MEANS
            """)
    void initialism(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He shook his head no.                     | He shook his head no.
            my mother-in-law                          | my mother-in-law
            the letter C                              | the letter C
            "Stop," she said — and left…              | "Stop," she said, and left...
            """)
    void word(String written, String spoken) {
        check(written, spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Сергей Лавров                             | Sergey Lavrov
            місто Київ                                | misto Kyyiv
            Rafał Trzaskowski                         | Rafał Trzaskowski
            drones 🙂👍🏽 hit                          | drones hit
            a → b                                     | a b
            page ٣                                    | page three
            ㄠ                                         | ao
            CO₂ and H₂O                               | C O two and H two O
            ۱۲ days                                   | twelve days
            Ja۷e                                      | J A seven E
            """)
    void otherScriptsAndSymbols(String written, String spoken) {
        check(written, spoken);
    }

    /** Numbers longer than a reading's number type holds (fuzzer findings): read, never an exception. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12345678901234567890/8                    | one two three four five six seven eight nine zero one two three four five six seven eight nine zero eight
            $8888888888.99                            | eight billion eight hundred eighty-eight million eight hundred eighty-eight thousand eight hundred eighty-eight dollars and ninety-nine cents
            """)
    void numbersTooLongForTheirReadings(String written, String spoken) {
        check(written, spoken);
    }
}
