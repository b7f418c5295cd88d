/**
 * Indonesian as Jakarta readers type it, alone or mixed into English ("berapa sih polisi tambahan yg mau
 * dikirim?", "kapan PBB setuju sama pengiriman polisi ini?", "handle X nya Ruto apa sih?"): the words that carry
 * the question, in English. Most of its short words are also another language's or English ("apa", "ada",
 * "dia", "dari", "mana", "sama", "lagi", "kota", "ke", "di", "ya"), so they are read only in a question that is
 * Indonesian (see INDONESIAN_CONTEXT_RE); only phrases no other language says are read anywhere. Particles of
 * tone ("sih", "dong", "kan", "ya"), fillers and forms of address ("pak", "mas") ask nothing. Nothing here is a
 * fact of the knowledge.
 */

/** Phrases, read in any question: no other language says them. */
export const INDONESIAN_PHRASES: Readonly<Record<string, string>> = {
  'sidang umum': 'General Assembly', 'majelis umum': 'General Assembly', 'dewan keamanan': 'Security Council',
  'perserikatan bangsa-bangsa': 'United Nations', 'perserikatan bangsa bangsa': 'United Nations', 'kepala negara': 'head of state',
  'perdana menteri': 'prime minister', 'luar negeri': 'abroad', 'media sosial': 'social media', 'singkatan dari': 'stands for',
  'kepanjangan dari': 'stands for', 'kerja bareng': 'work together', 'kerja sama': 'work together', 'bekerja sama': 'work together',
  'di mana': 'where', 'jadi dasar': 'basis', 'tidak boleh': 'not allowed', 'ga boleh': 'not allowed', 'gak boleh': 'not allowed',
  'nggak boleh': 'not allowed',
};

/** Words that mark a question as Indonesian (see INDONESIAN_CONTEXT_WORDS). */
export const INDONESIAN_CONTEXT_RE = /(?<![\p{L}'’-])(?:yg|yang|sih|dong|apa|berapa|kapan|siapa|gimana|bagaimana|kenapa|mengapa|udah|sudah|nggak|gak|enggak|tidak|aja|saja|banget|dimana|katanya|sebenernya|sebenarnya|ngapain|soal|bilang|menurut|tentang|selain|itu|ini|nya|lewat|ketemu|bikin|dengan|untuk|juga|tapi|karena|punya|dari)(?![\p{L}'’-])/iu;

/** Words read in their Indonesian sense in an Indonesian question. */
export const INDONESIAN_CONTEXT_WORDS: Readonly<Record<string, string>> = {
  // Question words.
  apa: 'what', siapa: 'who', kapan: 'when', berapa: 'how many', dimana: 'where', mana: 'which', kenapa: 'why', mengapa: 'why',
  bagaimana: 'how', gimana: 'how', ngapain: 'do what',
  // Particles of tone, fillers, forms of address and words of degree.
  sih: '', dong: '', ya: '', kan: '', kok: '', deh: '', lah: '', nih: '', tuh: '', loh: '', aja: '', saja: '', yg: '', yang: '', nya: '',
  udah: '', sudah: '', sebenernya: '', sebenarnya: '', pak: '', bu: '', mas: '', mbak: '', para: '', agak: '', lagi: '', banget: '',
  // Function words.
  ga: 'not', gak: 'not', nggak: 'not', enggak: 'not', tidak: 'not', tak: 'not', itu: 'that', ini: 'this', sama: 'with',
  dengan: 'with', dan: 'and', atau: 'or', di: 'in', ke: 'to', dari: 'from', buat: 'for', untuk: 'for', soal: 'about',
  tentang: 'about', dalam: 'in', selain: 'besides', menurut: 'according to', katanya: 'he said', mau: 'will', akan: 'will',
  bisa: 'can', ada: 'there is', punya: 'has', jadi: 'become', ikut: 'join', sekarang: 'now', waktu: 'during', saat: 'during',
  sebelum: 'before', sesudah: 'after', setelah: 'after', lebih: 'more', paling: 'most', dia: 'he', beliau: 'he', mereka: 'they',
  mumpung: 'while', juga: 'also', tapi: 'but', karena: 'because', kita: 'we', kami: 'we', saya: 'I', aku: 'I', gue: 'I', gw: 'I', lewat: 'via', oleh: 'by', disana: 'there', sana: 'there',
  // Nouns of the news.
  dokter: 'doctor', gubernur: 'governor', polisi: 'police', kepolisian: 'police', pasukan: 'troops', tentara: 'soldiers', personel: 'personnel', petugas: 'officers',
  aparat: 'officers', komandan: 'commander', presiden: 'president', menteri: 'minister', pemerintah: 'government',
  pemerintahan: 'administration', pemimpin: 'leaders', negara: 'country', negeri: 'country', kota: 'city', kawasan: 'region',
  wilayah: 'region', daerah: 'region', rakyat: 'people', warga: 'citizens', orang: 'people', pengadilan: 'court',
  mahkamah: 'court', hakim: 'judge', putusan: 'ruling', keputusan: 'decision', konstitusi: 'constitution',
  inkonstitusional: 'unconstitutional', wewenang: 'authority', kewenangan: 'authority', izin: 'permission', perjanjian: 'agreement',
  kesepakatan: 'agreement', dewan: 'council', transisi: 'transitional', sidang: 'session', pbb: 'UN', resolusi: 'resolution',
  mandat: 'mandate', misi: 'mission', operasi: 'operation', keamanan: 'security', stabilitas: 'stability', damai: 'peace',
  perdamaian: 'peace', konflik: 'conflict', geng: 'gangs', preman: 'gangs', kekerasan: 'violence', krisis: 'crisis',
  kemanusiaan: 'humanitarian', politik: 'political', masalah: 'problems', dampak: 'impact', hasil: 'results', sukses: 'success',
  harapan: 'hope', situasi: 'situation', kesempatan: 'opportunity', peluang: 'opportunity', perubahan: 'change',
  tujuan: 'purpose', alasan: 'reason', kunjungan: 'visit', kabar: 'news', berita: 'news', sosmed: 'social media', akun: 'account',
  pengiriman: 'deployment', rombongan: 'group', kelompok: 'group', gelombang: 'wave', persetujuan: 'approval',
  dukungan: 'support', bantuan: 'assistance', lembaga: 'body', gelar: 'title', doktor: 'doctorate', biaya: 'cost', gaji: 'salary',
  dasar: 'basis', urusan: 'affairs', nama: 'name of', nomor: 'number', tanggal: 'date', hari: 'day', bulan: 'month', tahun: 'year',
  minggu: 'week', pertama: 'first', tambahan: 'additional', internasional: 'international', besar: 'big',
  // Verbs of the news, with the prefixes they are typed with (di- passive, me- active, ber- and ke- states).
  kirim: 'send', mengirim: 'send', dikirim: 'sent', berangkat: 'depart', dilepas: 'sent off', datang: 'come', dateng: 'come',
  berkunjung: 'visit', mengunjungi: 'visited', ketemu: 'met', bertemu: 'met', ngobrol: 'talk', bicara: 'talk', berbicara: 'spoke',
  bilang: 'say', kata: 'say', berkata: 'say', umumin: 'announce', mengumumkan: 'announced', diumumkan: 'announced', posting: 'post',
  setuju: 'approve', menyetujui: 'approved', disetujui: 'approved', dukung: 'back', didukung: 'backed', mendukung: 'support',
  bantu: 'help', membantu: 'assist', kerja: 'work', bekerja: 'work', bareng: 'together', bersama: 'together', puji: 'praise',
  memuji: 'praised', dipuji: 'praised', mimpin: 'lead', memimpin: 'lead', dipimpin: 'led', nyuruh: 'urge', menyuruh: 'urge',
  mendesak: 'urged', tunda: 'delay', ditunda: 'delayed', tertunda: 'delayed', ketunda: 'delayed', siap: 'prepared',
  bikin: 'make', membuat: 'make', terjadi: 'happening', diadain: 'held', diadakan: 'held', berhasil: 'succeed', gugur: 'killed',
  tewas: 'killed', luka: 'injured', bayar: 'pay', bayarin: 'pay', melanggar: 'violate', boleh: 'allowed', tenang: 'calm',
  karibia: 'Caribbean', positif: 'positive', stabil: 'stable', makmur: 'prosperous', sejahtera: 'prosperous',
};

/**
 * A word with the suffix "-nya" (its, the: "hasilnya", "tanggalnya") or doubled by a "2" ("geng2", "luka2":
 * many of them): the word, in an Indonesian question, when it is one of INDONESIAN_CONTEXT_WORDS ("Kenya" stays).
 */
export const INDONESIAN_SUFFIXED_RE = /(?<![\p{L}\p{N}'’-])(\p{L}{3,}?)(?:nya|2)(?![\p{L}\p{N}'’-])/giu;

/** The word without its "-nya" or "2" (see INDONESIAN_SUFFIXED_RE), or the word as typed. */
export function withoutIndonesianSuffix(word: string, stem: string): string {
  return Object.hasOwn(INDONESIAN_CONTEXT_WORDS, stem.toLowerCase()) ? stem : word;
}
