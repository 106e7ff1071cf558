<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BookDrawPanel</name>
    <message>
        <location filename="../../ui/lessons/forward_pass_draw.py" line="43"/>
        <source>Draw a digit with the mouse. Like the MNIST images, your drawing is scaled into a 20×20 box and placed by its centre of mass in a 28×28 image: that small image is what the book&apos;s network sees.</source>
        <translation>マウスで数字を描いてみましょう。MNIST の画像と同じように、描いた線は 20×20 の枠に収まるよう縮められ、重心が中央に来るように 28×28 の画像に置かれます。本のネットワークが見るのは、この小さな画像です。</translation>
    </message>
</context>
<context>
    <name>BookNetworkPanel</name>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="220"/>
        <source>Label %1; the network says %2 (%3 %).</source>
        <translation>正解は %1、ネットワークの答えは %2(%3 %)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="223"/>
        <source>Wrong: it gives the right digit %1 %.</source>
        <translation>不正解です。正しい数字には %1 % しか与えていません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="240"/>
        <source>Running the network on the 10,000 test images…</source>
        <translation>1 万枚のテスト画像でネットワークを実行しています…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="248"/>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="276"/>
        <source>The run stopped with an error: %1</source>
        <translation>実行はエラーで止まりました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="288"/>
        <source>Images per forward pass</source>
        <translation>1 回の順伝播で流す枚数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="288"/>
        <source>Accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="288"/>
        <source>Time on this computer</source>
        <translation>このコンピュータでの時間</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="293"/>
        <source>one at a time</source>
        <translation>1 枚ずつ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="294"/>
        <source>batches of %1</source>
        <translation>%1 枚ずつのバッチ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="297"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="301"/>
        <source>The book prints Accuracy:%1. Both ways give the same answers; batches of %2 are %3 times faster here, because NumPy multiplies one large matrix at once instead of 10,000 small ones.</source>
        <translation>本の出力は Accuracy:%1 です。どちらの方法でも答えは同じですが、%2 枚ずつのバッチはここでは %3 倍速く終わります。NumPy が小さな行列の積を 1 万回くり返す代わりに、大きな行列の積をまとめて計算するからです。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="318"/>
        <source>Test image %1: label %2, the network says %3</source>
        <translation>テスト画像 %1: 正解 %2、ネットワークの答え %3</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="337"/>
        <source>The %1 test images it gets wrong (label→answer, probability of the answer); click one to see its ten outputs:</source>
        <translation>まちがえた %1 枚のテスト画像(正解→答え、答えの確率)。クリックすると 10 個の出力を表示します:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="340"/>
        <source>The images it gets wrong appear here after the run.</source>
        <translation>実行すると、まちがえた画像がここに並びます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="344"/>
        <source>The network the book trained for §3.6: 784 inputs (28×28 pixels) → 50 → 100 → 10, sigmoid in the hidden layers, the weights of the book&apos;s sample_weight.pkl. It has never seen these 10,000 MNIST test images.</source>
        <translation>本の §3.6 で使う学習済みネットワークです。入力 784(28×28 ピクセル)→ 50 → 100 → 10、隠れ層の活性化関数はシグモイド、重みは本の sample_weight.pkl のものです。この 1 万枚の MNIST テスト画像は学習のときに一度も見ていません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="347"/>
        <source>Run on the 10,000 test images</source>
        <translation>1 万枚のテスト画像で実行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="348"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="349"/>
        <source>Test image:</source>
        <translation>テスト画像:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="350"/>
        <source>Previous test image</source>
        <translation>前のテスト画像</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="351"/>
        <source>Next test image</source>
        <translation>次のテスト画像</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="352"/>
        <source>Next mistake</source>
        <translation>次のまちがい</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="353"/>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="354"/>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="355"/>
        <source>green: the label</source>
        <translation>緑: 正解</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="355"/>
        <source>orange: a wrong answer</source>
        <translation>橙: まちがった答え</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_book.py" line="361"/>
        <source>The book&apos;s network cannot be shown: %1</source>
        <translation>本のネットワークを表示できません: %1</translation>
    </message>
</context>
<context>
    <name>DataLine</name>
    <message>
        <location filename="../../ui/lessons/data_line.py" line="26"/>
        <source>Data: MNIST (offline: the 10,000 test digits), split %1 to train / %2 to test, 28×28 pixels.</source>
        <translation>データ: MNIST(オフライン版: テスト用の 1 万枚)を訓練用 %1 枚・テスト用 %2 枚に分けたもの。画像は 28×28 ピクセル。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/data_line.py" line="29"/>
        <source>Data: MNIST (the imported 10,000 test digits), split %1 to train / %2 to test, 28×28 pixels.</source>
        <translation>データ: 取り込んだ MNIST のテスト用 1 万枚を訓練用 %1 枚・テスト用 %2 枚に分けたもの。画像は 28×28 ピクセル。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/data_line.py" line="32"/>
        <source>Data: MNIST, %1 training / %2 test images of 28×28 pixels, as in the book.</source>
        <translation>データ: MNIST。本と同じく訓練用 %1 枚・テスト用 %2 枚、28×28 ピクセルの画像。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/data_line.py" line="35"/>
        <source>Data: the 8×8 digits, %1 to train / %2 to test: the MNIST files could not be read (the log says why), so the network has 64 inputs instead of 784.</source>
        <translation>データ: 8×8 の手書き数字(訓練用 %1 枚・テスト用 %2 枚)。MNIST のファイルを読めなかったため(理由はログにあります)、ネットワークの入力は 784 ではなく 64 です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/data_line.py" line="39"/>
        <source>Data: %3, %1 to train / %2 to test.</source>
        <translation>データ: %3(訓練用 %1・テスト用 %2)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/data_line.py" line="42"/>
        <source>This lesson trains on the first %1 training images only.</source>
        <translation>このレッスンでは訓練用のうち最初の %1 枚だけで学習します。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/data_line.py" line="45"/>
        <source>Network: %1.</source>
        <translation>ネットワーク: %1。</translation>
    </message>
</context>
</TS>
