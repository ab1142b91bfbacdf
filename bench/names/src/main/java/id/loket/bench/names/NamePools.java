package id.loket.bench.names;

/**
 * Given names and family / second names by origin, roughly most common first: the material for
 * synthetic applicants. Picked from public lists of common Indonesian names; the spelling is the
 * modern one (old spellings are made by {@link SyntheticNames}).
 */
final class NamePools {

    static final String[] JAVANESE_MALE = {"Budi", "Joko", "Bambang", "Agus", "Eko", "Slamet", "Sugeng", "Wahyu",
        "Hadi", "Hendra", "Rudi", "Teguh", "Heru", "Didik", "Sutrisno", "Sugiarto", "Purwanto", "Suharto",
        "Sukirman", "Tri", "Bayu", "Dimas", "Aris", "Yudi", "Bowo", "Gatot", "Harjono", "Jarwo", "Kuncoro",
        "Margono", "Narto", "Parman", "Riyanto", "Sarwono", "Sunardi", "Supardi", "Tarno", "Wagiman", "Yanto",
        "Darmaji", "Haryanto", "Imam", "Kusno", "Marsudi", "Pujiono", "Sadino", "Tugiman", "Warsito"};
    static final String[] JAVANESE_FEMALE = {"Sri", "Dewi", "Endang", "Sulastri", "Wulan", "Rina", "Yuni", "Ratna",
        "Lestari", "Sumarni", "Suparmi", "Tri", "Wahyuni", "Sumiati", "Kartini", "Ningsih", "Rini", "Yanti",
        "Indah", "Puji", "Sari", "Tutik", "Winarti", "Yuliana", "Dian", "Eka", "Erna", "Harti", "Juwita",
        "Kasmini", "Lilis", "Murni", "Nanik", "Partini", "Rusmini", "Sukarti", "Tumini", "Umi", "Warsini"};
    static final String[] JAVANESE_SECOND = {"Santoso", "Susilo", "Hartono", "Wibowo", "Prasetyo", "Setiawan",
        "Purnomo", "Sutrisno", "Kurniawan", "Nugroho", "Saputra", "Hidayat", "Wijaya", "Gunawan", "Susanto",
        "Hermawan", "Suryadi", "Widodo", "Rahayu", "Wulandari", "Handayani", "Puspitasari", "Kusumawati",
        "Anggraini", "Maharani", "Rahmawati", "Utomo", "Pratama", "Wicaksono", "Cahyono", "Haryadi",
        "Kusuma", "Mulyono", "Nugraha", "Prabowo", "Raharjo", "Sasongko", "Sudarsono", "Sulistyo",
        "Triyono", "Wardani", "Yulianti", "Astuti", "Fitriani", "Lestari", "Mulyani", "Pertiwi", "Safitri",
        "Suryani", "Utami", "Wahyudi", "Widiastuti", "Yuliani", "Permana", "Adi", "Putra", "Putri"};
    static final String[] ARABIC_MALE = {"Ahmad", "Abdul Rahman", "Hasan", "Husein", "Ali", "Umar", "Yusuf",
        "Ibrahim", "Ismail", "Rizki", "Fauzi", "Iqbal", "Hidayat", "Rahmat", "Arif", "Syaiful", "Zainal", "Ridwan",
        "Firman", "Fajar", "Lukman", "Taufik", "Nasir", "Hamzah", "Anwar", "Ilham", "Rizal", "Faisal", "Abdullah",
        "Khairul", "Syamsul", "Zulkifli", "Hakim", "Mansur", "Nurdin", "Salim", "Sholeh", "Jamal", "Kamal",
        "Mustofa", "Hafiz", "Irfan", "Nasrul", "Saiful", "Wahid", "Yahya", "Zaki", "Amin", "Bahrul", "Darwis"};
    static final String[] ARABIC_FEMALE = {"Aminah", "Fatimah", "Aisyah", "Khadijah", "Nurhayati", "Zainab",
        "Maryam", "Halimah", "Rukiah", "Nuraini", "Annisa", "Nabila", "Salsabila", "Aulia", "Rahmah", "Hafsah",
        "Jamilah", "Komariah", "Latifah", "Maimunah", "Mardiah", "Nafisah", "Rohmah", "Saodah", "Sofiah",
        "Syarifah", "Umi Kalsum", "Zahra", "Azizah", "Hasanah", "Kholifah", "Munawaroh", "Nurjanah", "Solikhah"};
    static final String[] SUNDANESE = {"Asep", "Ujang", "Dadang", "Cecep", "Dede", "Euis", "Neng", "Iis", "Entin",
        "Yayan", "Ade", "Deden", "Aceng", "Encep", "Iwan", "Jajang", "Nining", "Oneng", "Popon", "Tatang", "Ujang",
        "Wawan", "Yoyo", "Cucu", "Dadan", "Engkos", "Hendi", "Ikin", "Nanang", "Rohaeti"};
    static final String[] SUNDANESE_SECOND = {"Sunandar", "Supriatna", "Saepudin", "Hidayat", "Suryana", "Permana",
        "Kurnia", "Komariah", "Rohaeti", "Gunawan", "Setiadi", "Sopandi", "Kusnadi", "Mulyana", "Hermawan",
        "Rustandi", "Sukmana", "Wijaya", "Nurhasanah", "Sumarna", "Suhendar", "Saripudin", "Ruhiyat", "Iskandar"};
    static final String[] BALINESE_ORDER = {"Putu", "Wayan", "Gede", "Made", "Kadek", "Nengah", "Nyoman", "Komang",
        "Ketut"};
    static final String[] BALINESE = {"Sudarsana", "Suarjana", "Wirawan", "Arimbawa", "Sukerti", "Ariani",
        "Astawa", "Suardana", "Widiastuti", "Mahendra", "Adnyana", "Sudiarta", "Suryani", "Darmawan", "Parwati",
        "Budiasa", "Sudarma", "Wiranata", "Sutama", "Suartini", "Artawan", "Merta", "Suarsana", "Wiratama",
        "Juliantara", "Ayu", "Dharma", "Kariasa", "Pasek", "Sukadana"};
    static final String[] BATAK_GIVEN = {"Rudolf", "Hotman", "Maria", "Tiurma", "Lamhot", "Sahat", "Rosmawati",
        "Poltak", "Benny", "Lusiana", "Togar", "Rotua", "Marulitua", "Sondang", "Parlindungan", "Romauli",
        "Horas", "Tongam", "Dame", "Bonar"};
    static final String[] BATAK_MARGA = {"Simanjuntak", "Siregar", "Sitorus", "Nasution", "Hutapea", "Sinaga",
        "Situmorang", "Pardede", "Lubis", "Harahap", "Simatupang", "Panjaitan", "Manurung", "Tambunan",
        "Sihombing", "Hasibuan", "Silalahi", "Napitupulu", "Sitompul", "Hutagalung", "Marpaung", "Pohan"};
    static final String[] CHINESE_SURNAME = {"Tan", "Lim", "Liem", "Go", "Oei", "The", "Ong", "Kwee", "Lie", "Wong",
        "Kho", "Tjoa", "Gouw", "Njoo", "Sie", "Ang"};
    static final String[] CHINESE_SYLLABLE = {"Kian", "Hok", "Swie", "Hong", "Liong", "Seng", "Tiong", "Ham", "Lan",
        "Hui", "Bing", "Siang", "Giok", "Mei", "Ling", "Hwa", "Tek", "Kim", "Sioe", "Gwan", "Hoa", "Djien", "Ing"};
    static final String[] CHINESE_INDONESIAN = {"Hendra", "Andreas", "Wijaya", "Tanoto", "Halim", "Salim",
        "Gunawan", "Susanto", "Kurniawan", "Setiawan", "Sutanto", "Lukito", "Widjaja", "Santoso", "Hartanto",
        "Tanudjaja", "Budiman", "Gozali", "Kusnadi", "Limantara"};
    static final String[] CHRISTIAN = {"Yohanes", "Maria", "Stefanus", "Fransiska", "Agustinus", "Yosef", "Paulus",
        "Theresia", "Kristina", "Antonius", "Yohana", "Lukas", "Markus", "Elisabeth", "Petrus", "Yakobus",
        "Veronika", "Gregorius", "Benediktus", "Natalia"};

    /** Javanese names are built from these: prefix + root + ending (Su-marn-o, Pur-want-i, Har-yant-o). */
    static final String[] JAVANESE_PREFIX = {"Su", "Sri ", "Har", "Pur", "Wi", "Ja", "Ka", "Ma", "Sa", "Ra", "Da",
        "Wa", "Ti", "Bu", "Mu", "Pa", "Sar", "Tar", "Mar", "Kus", "Nar", "War", "Sup", "Sut", "Sug"};
    static final String[] JAVANESE_ROOT = {"marn", "parm", "kart", "yant", "want", "jat", "tris", "win", "rahm",
        "dar", "sit", "wid", "mit", "ngat", "lam", "gir", "kir", "yon", "dim", "jan", "sok", "tin", "bag", "rum"};
    static final String[] JAVANESE_MALE_END = {"o", "an", "i", "ono", "adi", "anto", "man", "in"};
    static final String[] JAVANESE_FEMALE_END = {"i", "ah", "ini", "ati", "iyah", "ani", "ingsih", "aningsih"};

    private NamePools() {
    }
}
