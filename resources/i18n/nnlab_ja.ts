<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>solid: train · dashed: test</source>
        <translation>実線：訓練、破線：テスト</translation>
    </message>
</context>
<context>
    <name>ActivationHistograms</name>
    <message>
        <source>Activation:</source>
        <translation>活性化関数：</translation>
    </message>
    <message>
        <source>Initial weights:</source>
        <translation>重みの初期値：</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>%1 層目</translation>
    </message>
    <message>
        <source>activations per bin</source>
        <translation>ビンごとの個数</translation>
    </message>
    <message>
        <source>Spread (standard deviation) of the activations, layer 1 to 5: %1</source>
        <translation>アクティベーションの広がり（標準偏差、1〜5 層目）：%1</translation>
    </message>
</context>
<context>
    <name>ActivationsLesson</name>
    <message>
        <source>step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等関数</translation>
    </message>
    <message>
        <source>Show derivatives (dashed)</source>
        <translation>導関数を表示（破線）</translation>
    </message>
    <message>
        <source>leaky ReLU slope α for x &lt; 0:</source>
        <translation>Leaky ReLU の x &lt; 0 での傾き α：</translation>
    </message>
    <message>
        <source>h(x) and h′(x)</source>
        <translation>h(x) と h′(x)</translation>
    </message>
    <message>
        <source>derivative</source>
        <translation>（導関数）</translation>
    </message>
    <message>
        <source>Stacking layers: is a deep network without non-linearity still a straight line?</source>
        <translation>層を重ねる：非線形な関数がなければ、深いネットワークも直線のまま？</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>隠れ層：</translation>
    </message>
    <message>
        <source>Non-linearity:</source>
        <translation>非線形関数：</translation>
    </message>
    <message>
        <source>New random weights</source>
        <translation>新しいランダムな重み</translation>
    </message>
    <message>
        <source>identity between layers</source>
        <translation>層の間：恒等関数</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>入力 x</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>出力 y</translation>
    </message>
</context>
<context>
    <name>BackpropLayersWidget</name>
    <message>
        <source>Step through the layers</source>
        <translation>レイヤを 1 つずつ</translation>
    </message>
    <message>
        <source>The book&apos;s gradient check</source>
        <translation>本の勾配確認</translation>
    </message>
</context>
<context>
    <name>BackpropStepperWidget</name>
    <message>
        <source>Affine, forward: out = x·W + b</source>
        <translation>Affine の順伝播：out = x·W + b</translation>
    </message>
    <message>
        <source>Affine, backward: dx = dout·Wᵀ, dW = xᵀ·dout, db = the sum of dout over the batch</source>
        <translation>Affine の逆伝播：dx = dout·Wᵀ、dW = xᵀ·dout、db = dout をバッチ方向に合計したもの</translation>
    </message>
    <message>
        <source>ReLU, forward: out = max(0, x); the mask remembers where x &gt; 0</source>
        <translation>ReLU の順伝播：out = max(0, x)。x &gt; 0 の位置をマスクに覚えておく</translation>
    </message>
    <message>
        <source>ReLU, backward: dx = dout where the mask is 1, and 0 where it is 0</source>
        <translation>ReLU の逆伝播：マスクが 1 の位置は dx = dout、0 の位置は 0</translation>
    </message>
    <message>
        <source>Sigmoid, forward: out = 1 / (1 + exp(−x)); out is kept as y for the backward pass</source>
        <translation>Sigmoid の順伝播：out = 1 / (1 + exp(−x))。逆伝播のために出力を y として覚えておく</translation>
    </message>
    <message>
        <source>Sigmoid, backward: dx = dout·y(1 − y)</source>
        <translation>Sigmoid の逆伝播：dx = dout·y(1 − y)</translation>
    </message>
    <message>
        <source>Softmax-with-Loss, forward: y = softmax(x), loss = mean cross-entropy against t</source>
        <translation>Softmax-with-Loss の順伝播：y = softmax(x)、損失 = t に対する交差エントロピー誤差の平均</translation>
    </message>
    <message>
        <source>Softmax-with-Loss, backward: dx = (y − t) / batch</source>
        <translation>Softmax-with-Loss の逆伝播：dx = (y − t) / バッチサイズ</translation>
    </message>
    <message>
        <source>Missing transpose: Affine1 computes dW = x·dout</source>
        <translation>転置の忘れ：Affine1 が dW = x·dout と計算する</translation>
    </message>
    <message>
        <source>ReLU forgets its mask: dx = dout everywhere</source>
        <translation>ReLU がマスクを忘れる：どこでも dx = dout</translation>
    </message>
    <message>
        <source>The loss layer forgets to divide by the batch size: dx = y − t</source>
        <translation>損失レイヤがバッチサイズで割り忘れる：dx = y − t</translation>
    </message>
    <message>
        <source>Sign error: Affine2 passes dx = −dout·Wᵀ down</source>
        <translation>符号の間違い：Affine2 が dx = −dout·Wᵀ を下流へ渡す</translation>
    </message>
    <message>
        <source>2 inputs, 3 hidden, 2 outputs, batch of 2</source>
        <translation>入力 2・隠れ層 3・出力 2、バッチ 2</translation>
    </message>
    <message>
        <source>One real image, 3 hidden, 10 outputs</source>
        <translation>本物の画像 1 枚、隠れ層 3・出力 10</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク：</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>活性化関数：</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Step (%1)</source>
        <translation>ステップ（%1）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Break it: put a typical mistake into backward</source>
        <translation>わざと壊す：逆伝播によくある間違いを入れる</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>Abs. error</source>
        <translation>絶対誤差</translation>
    </message>
    <message>
        <source>Rel. error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Could not build the network: %1</source>
        <translation>ネットワークを作れませんでした：%1</translation>
    </message>
    <message>
        <source>Two samples with two inputs each, labels %1; the weights are round numbers you can follow by hand.</source>
        <translation>入力 2 つのサンプルが 2 つ、正解ラベルは %1 です。重みは手計算で追えるきりのよい数にしてあります。</translation>
    </message>
    <message>
        <source>The first image of the MNIST test set (a %1), 784 pixels; one image means a batch of 1.</source>
        <translation>MNIST テストデータの最初の画像（数字の %1）、784 ピクセルです。画像 1 枚なのでバッチサイズは 1 です。</translation>
    </message>
    <message>
        <source>MNIST is not on this computer: the first of the offline 8×8 digits (a %1), 64 pixels, stands in.</source>
        <translation>このコンピュータには MNIST がないので、代わりにオフライン用 8×8 数字画像の最初の 1 枚（数字の %1）、64 ピクセルを使います。</translation>
    </message>
    <message>
        <source>Press Step to send the batch forward through the first layer.</source>
        <translation>「ステップ」を押すと、バッチが最初のレイヤを順伝播します。</translation>
    </message>
    <message>
        <source>Broken here: %1</source>
        <translation>ここが壊してあります：%1</translation>
    </message>
    <message>
        <source>NumPy stopped here: %1</source>
        <translation>NumPy がここで止まりました：%1</translation>
    </message>
    <message>
        <source>Step 0 of %1</source>
        <translation>ステップ 0 / %1</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3</source>
        <translation>ステップ %1 / %2（%3）</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>違う</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>The broken backward pass cannot even run: NumPy says “%1”.</source>
        <translation>壊した逆伝播は実行すらできません。NumPy のメッセージ：「%1」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Gradient check: wrong in %1 (largest relative difference in brackets).</source>
        <translation>勾配確認：%1 が違います（かっこ内は最大の相対誤差）。</translation>
    </message>
    <message>
        <source>Gradient check: backprop and the numerical gradient agree (largest relative difference %1).</source>
        <translation>勾配確認：誤差逆伝播法と数値微分の勾配は一致しています（最大の相対誤差 %1）。</translation>
    </message>
</context>
<context>
    <name>BatchNormWidget</name>
    <message>
        <source>Network %1 with ReLU, %2 training images, batch %3: %4 iterations are %5 epochs (the book trains 20). Each small plot starts from weights with a different standard deviation, largest top left, as in the book&apos;s figure.</source>
        <translation>ネットワーク %1（ReLU）、訓練画像 %2 枚、バッチ %3。%4 イテレーションは %5 エポックです（本は 20 エポック）。小さなグラフごとに重みの初期値の標準偏差が違います。本の図と同じく、左上がいちばん大きな値です。</translation>
    </message>
    <message>
        <source>Weight scales:</source>
        <translation>重みのスケールの数：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>training accuracy (book)</source>
        <translation>訓練精度（本と同じ）</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <source>std = %1</source>
        <translation>std = %1</translation>
    </message>
    <message>
        <source>std %1 is not among these plots: choose %2 weight scales</source>
        <translation>std %1 はこのグラフにありません。重みのスケール数を %2 にすると表示されます</translation>
    </message>
    <message>
        <source>trained at other initial weights than these plots show</source>
        <translation>このグラフにない初期値で学習した実行です</translation>
    </message>
    <message>
        <source>diverged at iteration %1</source>
        <translation>イテレーション %1 で発散</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Other scales mean other plots: choosing them now cancels the runs in progress.</source>
        <translation>スケールを変えるとグラフも変わります。いま選ぶと、学習中の実行はキャンセルされます。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>順番待ち</translation>
    </message>
    <message>
        <source>%1 of %2 scales done</source>
        <translation>%2 通りのスケールのうち %1 通りが終わりました</translation>
    </message>
    <message>
        <source>Done. Batch norm ended higher at %1 of %2 scales; without it, training diverged at %3 of them.</source>
        <translation>完了。%2 通りのスケールのうち %1 通りで、Batch Norm ありの精度が上回りました（なしでは %3 通りで学習が発散）。</translation>
    </message>
    <message>
        <source>Done. Batch norm ended higher at %1 of %2 scales.</source>
        <translation>完了。%2 通りのスケールのうち %1 通りで、Batch Norm ありの精度が上回りました。</translation>
    </message>
</context>
<context>
    <name>BestCurves</name>
    <message>
        <source>The best trials so far, numbered by rank as in the book&apos;s Fig. 6-24: accuracy per epoch on &lt;span style=&apos;color:%1&apos;&gt;━ validation&lt;/span&gt; and &lt;span style=&apos;color:%2&apos;&gt;╌ training&lt;/span&gt; data; after the rank, the final validation accuracy.</source>
        <translation>ここまでの上位の試行を、本の図 6-24 と同じく順位の番号つきで並べています。エポックごとの&lt;span style=&apos;color:%1&apos;&gt;━ 検証データ&lt;/span&gt;と&lt;span style=&apos;color:%2&apos;&gt;╌ 訓練データ&lt;/span&gt;の認識精度です。順位の後ろの数値は最終的な検証精度です。</translation>
    </message>
    <message>
        <source>No trials yet. Press Search on the Random search tab: the best trials&apos; curves appear here as they finish.</source>
        <translation>まだ試行がありません。「ランダム探索」タブで「探索」を押すと、試行が終わるたびに上位の試行の学習曲線がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>BookDrawPanel</name>
    <message>
        <source>Draw a digit with the mouse. Like the MNIST images, your drawing is scaled into a 20×20 box and placed by its centre of mass in a 28×28 image: that small image is what the book&apos;s network sees.</source>
        <translation>マウスで数字を描いてみましょう。MNIST の画像と同じように、描いた線は 20×20 の枠に収まるよう縮められ、重心が中央に来るように 28×28 の画像に置かれます。本のネットワークが見るのは、この小さな画像です。</translation>
    </message>
</context>
<context>
    <name>BookGradientCheckWidget</name>
    <message>
        <source>The book checks its two-layer net (784-50-10, ReLU, weights of standard deviation 0.01) on its first 3 training images and prints the mean absolute difference between the two gradients of each parameter. This runs the same check with nnlab&apos;s own network on the first 3 images of the MNIST test set; it computes about 80,000 losses, so it takes a few seconds.</source>
        <translation>本では 2 層ネットワーク（784-50-10、ReLU、重みの標準偏差 0.01）を訓練データの最初の 3 枚で確かめ、パラメータごとに 2 つの勾配の差の絶対値の平均を出力します。ここでは nnlab 自身のネットワークで、MNIST テストデータの最初の 3 枚を使って同じ確認をします。損失を約 8 万回計算するので、数秒かかります。</translation>
    </message>
    <message>
        <source>Run the book&apos;s gradient check</source>
        <translation>本の勾配確認を実行</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Mean |difference|</source>
        <translation>差の絶対値の平均</translation>
    </message>
    <message>
        <source>Book: about</source>
        <translation>本の値（およそ）</translation>
    </message>
    <message>
        <source>Max rel error</source>
        <translation>最大相対誤差</translation>
    </message>
    <message>
        <source>Could not set up the check: %1</source>
        <translation>勾配確認の準備ができませんでした：%1</translation>
    </message>
    <message>
        <source>Computing the numerical gradient…</source>
        <translation>数値微分で勾配を計算しています…</translation>
    </message>
    <message>
        <source>Done: the same orders of magnitude as the book. The differences are round-off of the central difference, not mistakes.</source>
        <translation>完了：本と同じ桁になりました。この差は中心差分の丸め誤差で、実装の間違いではありません。</translation>
    </message>
    <message>
        <source>Done, on the offline 8×8 digits (MNIST is not on this computer), so the network has 64 inputs instead of 784 and the figures differ a little.</source>
        <translation>完了。このコンピュータには MNIST がないのでオフライン用の 8×8 数字画像を使いました。入力は 784 ではなく 64 なので、値は少し違います。</translation>
    </message>
</context>
<context>
    <name>BookNetworkPanel</name>
    <message>
        <source>Label %1; the network says %2 (%3 %).</source>
        <translation>正解は %1、ネットワークの答えは %2（%3%）。</translation>
    </message>
    <message>
        <source>Wrong: it gives the right digit %1 %.</source>
        <translation>不正解です。正しい数字には %1% しか与えていません。</translation>
    </message>
    <message>
        <source>Running the network on the 10,000 test images…</source>
        <translation>1 万枚のテスト画像でネットワークを実行しています…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The run stopped with an error: %1</source>
        <translation>実行はエラーで止まりました：%1</translation>
    </message>
    <message>
        <source>Images per forward pass</source>
        <translation>1 回の順伝播で流す枚数</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>Time on this computer</source>
        <translation>このコンピュータでの時間</translation>
    </message>
    <message>
        <source>one at a time</source>
        <translation>1 枚ずつ</translation>
    </message>
    <message>
        <source>batches of %1</source>
        <translation>%1 枚ずつのバッチ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The book prints Accuracy:%1. Both ways give the same answers; batches of %2 are %3 times faster here, because NumPy multiplies one large matrix at once instead of 10,000 small ones.</source>
        <translation>本の出力は Accuracy:%1 です。どちらの方法でも答えは同じですが、%2 枚ずつのバッチはここでは %3 倍速く終わります。NumPy が小さな行列の積を 1 万回くり返す代わりに、大きな行列の積をまとめて計算するからです。</translation>
    </message>
    <message>
        <source>Test image %1: label %2, the network says %3</source>
        <translation>テスト画像 %1：正解 %2、ネットワークの答え %3</translation>
    </message>
    <message>
        <source>The %1 test images it gets wrong (label→answer, probability of the answer); click one to see its ten outputs:</source>
        <translation>間違えた %1 枚のテスト画像（正解→答え、答えの確率）。クリックすると 10 個の出力を表示します：</translation>
    </message>
    <message>
        <source>The images it gets wrong appear here after the run.</source>
        <translation>実行すると、間違えた画像がここに並びます。</translation>
    </message>
    <message>
        <source>The network the book trained for §3.6: 784 inputs (28×28 pixels) → 50 → 100 → 10, sigmoid in the hidden layers, the weights of the book&apos;s sample_weight.pkl. It has never seen these 10,000 MNIST test images.</source>
        <translation>本の §3.6 で使う学習済みネットワークです。入力 784（28×28 ピクセル）→ 50 → 100 → 10、隠れ層の活性化関数はシグモイド、重みは本の sample_weight.pkl のものです。この 1 万枚の MNIST テスト画像は学習のときに一度も見ていません。</translation>
    </message>
    <message>
        <source>Run on the 10,000 test images</source>
        <translation>1 万枚のテスト画像で実行</translation>
    </message>
    <message>
        <source>Test image:</source>
        <translation>テスト画像：</translation>
    </message>
    <message>
        <source>Previous test image</source>
        <translation>前のテスト画像</translation>
    </message>
    <message>
        <source>Next test image</source>
        <translation>次のテスト画像</translation>
    </message>
    <message>
        <source>Next mistake</source>
        <translation>次の間違い</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>green: the label</source>
        <translation>緑：正解</translation>
    </message>
    <message>
        <source>orange: a wrong answer</source>
        <translation>橙：間違った答え</translation>
    </message>
    <message>
        <source>The book&apos;s network cannot be shown: %1</source>
        <translation>本のネットワークを表示できません：%1</translation>
    </message>
</context>
<context>
    <name>ComparisonLesson</name>
    <message>
        <source>Book</source>
        <translation>本の設定</translation>
    </message>
    <message>
        <source>Course notes</source>
        <translation>講義ノート</translation>
    </message>
    <message>
        <source>Same learning rate</source>
        <translation>同じ学習率</translation>
    </message>
    <message>
        <source>no regularisation</source>
        <translation>正則化なし</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2 Weight decay</translation>
    </message>
    <message>
        <source>L1 weight decay</source>
        <translation>L1 Weight decay</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>dropout + L1</source>
        <translation>Dropout + L1</translation>
    </message>
    <message>
        <source>with batch norm</source>
        <translation>Batch Norm あり</translation>
    </message>
    <message>
        <source>without batch norm</source>
        <translation>Batch Norm なし</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット：</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>実行を追加</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <source>Iterations per run:</source>
        <translation>1 回の実行のイテレーション数：</translation>
    </message>
    <message>
        <source>Used by every run that starts from now on; the run training now keeps its own length.</source>
        <translation>これから始まる実行すべてに使われます。いま学習中の実行は元の長さのままです。</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>this page cannot draw saved runs</source>
        <translation>このページには保存した実行を描けません</translation>
    </message>
    <message>
        <source>A preset replaces every row, the one training too: press Cancel first.</source>
        <translation>プリセットは学習中の行も含めてすべての行を置き換えます。先に「キャンセル」を押してください。</translation>
    </message>
    <message>
        <source>The selected run is training: it cannot be removed until it ends.</source>
        <translation>選んだ実行は学習中なので、終わるまで削除できません。</translation>
    </message>
    <message>
        <source>While runs train, rows you add or change join the queue.</source>
        <translation>学習中に追加・変更した行は、順番待ちの列に加わります。</translation>
    </message>
</context>
<context>
    <name>ComparisonPlots</name>
    <message>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>訓練の損失</translation>
    </message>
    <message>
        <source>Loss (%1-iteration average)</source>
        <translation>損失（%1 回の移動平均）</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>Accuracy (solid: train, dashed: test)</source>
        <translation>認識精度（実線：訓練、破線：テスト）</translation>
    </message>
    <message>
        <source>%1 (same curve as %2)</source>
        <translation>%1（%2 と同じ曲線）</translation>
    </message>
</context>
<context>
    <name>ComputationalGraphLesson</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Ready: press Step (Ctrl+Right) to compute the first node forward.</source>
        <translation>準備完了：「ステップ」（Ctrl+→）を押すと、最初のノードの順伝播を計算します。</translation>
    </message>
    <message>
        <source>Step {0} of {1}: done. Red numbers are the derivatives of the output with respect to each edge.</source>
        <translation>ステップ {0}/{1}：完了。赤い数字は、各エッジについての出力の微分です。</translation>
    </message>
    <message>
        <source>Step {0} of {1}: forward, left to right.</source>
        <translation>ステップ {0}/{1}：順伝播（左から右へ）。</translation>
    </message>
    <message>
        <source>Step {0} of {1}: backward, right to left (the output&apos;s derivative starts at 1).</source>
        <translation>ステップ {0}/{1}：逆伝播（右から左へ。出力の微分 1 から始まります）。</translation>
    </message>
    <message>
        <source>swap the inputs</source>
        <translation>入力をひっくり返す</translation>
    </message>
    <message>
        <source>pass through</source>
        <translation>そのまま流す</translation>
    </message>
    <message>
        <source>× 2t</source>
        <translation>× 2t</translation>
    </message>
    <message>
        <source>Forward: {0} = {1}² = {2}</source>
        <translation>順伝播：{0} = {1}² = {2}</translation>
    </message>
    <message>
        <source>Forward: {0} = {1} {2} {3} = {4}</source>
        <translation>順伝播：{0} = {1} {2} {3} = {4}</translation>
    </message>
    <message>
        <source>Backward through ×: each input gets dout times the OTHER input — ∂L/∂{0} = {1} × {2} = {3}, ∂L/∂{4} = {1} × {5} = {6}.</source>
        <translation>乗算ノードの逆伝播：各入力には dout に「もう一方の」入力を掛けたものが届きます。∂L/∂{0} = {1} × {2} = {3}、∂L/∂{4} = {1} × {5} = {6}。</translation>
    </message>
    <message>
        <source>Backward through +: dout = {0} passes through unchanged to {1} and {2}.</source>
        <translation>加算ノードの逆伝播：dout = {0} がそのまま {1} と {2} へ流れます。</translation>
    </message>
    <message>
        <source>Backward through ²: ∂z/∂t = 2t, so ∂L/∂{0} = {1} × 2 × {2} = {3}.</source>
        <translation>2 乗のノードの逆伝播：∂z/∂t = 2t なので、∂L/∂{0} = {1} × 2 × {2} = {3}。</translation>
    </message>
    <message>
        <source>Type a number, for example 1.5.</source>
        <translation>数を入力してください（例：1.5）。</translation>
    </message>
    <message>
        <source>Right: the derivative on that edge is {0}. Recomputing with the input raised by 1 changes the output by {1}.</source>
        <translation>正解です。そのエッジの微分は {0} です。入力を 1 増やして計算し直すと、出力は {1} 変わります。</translation>
    </message>
    <message>
        <source>Not yet. Step the backward pass until it reaches the edge {0} and read the red number under it.</source>
        <translation>まだです。逆伝播を {0} のエッジに届くまでステップで進め、その下の赤い数字を読みましょう。</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>りんごの値段</translation>
    </message>
    <message>
        <source>apples</source>
        <translation>りんごの個数</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>みかんの値段</translation>
    </message>
    <message>
        <source>oranges</source>
        <translation>みかんの個数</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>apple total</source>
        <translation>りんごの合計</translation>
    </message>
    <message>
        <source>orange total</source>
        <translation>みかんの合計</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>税抜き合計</translation>
    </message>
    <message>
        <source>price</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Book Fig. 5-5: 2 apples at 100 yen each, consumption tax 1.1.</source>
        <translation>本の図 5-5：1 個 100 円のりんごを 2 個、消費税 1.1。</translation>
    </message>
    <message>
        <source>Book Fig. 5-17: 2 apples at 100 yen and 3 oranges at 150 yen, tax 1.1.</source>
        <translation>本の図 5-17：1 個 100 円のりんごを 2 個と 1 個 150 円のみかんを 3 個、消費税 1.1。</translation>
    </message>
    <message>
        <source>Book Fig. 5-7: z = t² with t = x + y. Backward multiplies the local derivatives: ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1.</source>
        <translation>本の図 5-7：z = t²、t = x + y。逆伝播では局所的な微分を掛け合わせます：∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1。</translation>
    </message>
    <message>
        <source>If x rises by a tiny amount ε, z changes by about how many ε?</source>
        <translation>x がごくわずか ε だけ増えると、z はおよそ ε の何倍変わるでしょう。</translation>
    </message>
    <message>
        <source>If the price of one apple rises by 1 yen, by how many yen does the amount you pay change?</source>
        <translation>りんごが 1 個 1 円値上がりすると、支払額は何円変わるでしょう。</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例：</translation>
    </message>
    <message>
        <source>Apples</source>
        <translation>りんご</translation>
    </message>
    <message>
        <source>Apples and oranges</source>
        <translation>りんごとみかん</translation>
    </message>
    <message>
        <source>Chain rule: z = (x + y)²</source>
        <translation>連鎖律：z = (x + y)²</translation>
    </message>
    <message>
        <source>Book&apos;s values</source>
        <translation>本の値に戻す</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Process the next node (Ctrl+Right)</source>
        <translation>次のノードを処理します（Ctrl+→）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>答え合わせ</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>あなたの答え</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>The batch size must not be larger than the data set.</source>
        <translation>バッチサイズはデータ数以下にしてください。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = N / b = {2} batches)</source>
        <translation>ミニバッチ数 k = {0}（{1:.2f} エポック、1 エポック = N/b = {2} 個）</translation>
    </message>
    <message>
        <source>Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = ⌈N / b⌉ = {2} batches, the last one of {3})</source>
        <translation>ミニバッチ数 k = {0}（{1:.2f} エポック、1 エポック = ⌈N/b⌉ = {2} 個、最後のバッチは {3} 件）</translation>
    </message>
    <message>
        <source>Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = ⌊N / b⌋ = {2} batches)</source>
        <translation>ミニバッチ数 k = {0}（{1:.2f} エポック、1 エポック = ⌊N/b⌋ = {2} 個）</translation>
    </message>
    <message>
        <source>Seen at least once (simulated): {0:.1f} %</source>
        <translation>1 回以上使われた割合（シミュレーション）：{0:.1f}%</translation>
    </message>
    <message>
        <source>Expected 1 − (1 − b/N)^k = {0:.1f} %</source>
        <translation>期待値 1 − (1 − b/N)^k = {0:.1f}%</translation>
    </message>
    <message>
        <source>Expected min(1, k·b/N) = {0:.1f} %</source>
        <translation>期待値 min(1, k·b/N) = {0:.1f}%</translation>
    </message>
    <message>
        <source>Training samples N:</source>
        <translation>訓練データ数 N：</translation>
    </message>
    <message>
        <source>Batch size b:</source>
        <translation>バッチサイズ b：</translation>
    </message>
    <message>
        <source>Random mini-batches, drawn independently (a sample can come back)</source>
        <translation>ミニバッチを毎回ランダムに選ぶ（同じデータが再び選ばれることもある）</translation>
    </message>
    <message>
        <source>Shuffle once per epoch, then take the batches in order</source>
        <translation>エポックごとに 1 回シャッフルし、順番にバッチを取り出す</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>+1 epoch</source>
        <translation>+1 エポック</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>mini-batches k</source>
        <translation>ミニバッチ数 k</translation>
    </message>
    <message>
        <source>share seen</source>
        <translation>使われた割合</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Each cell is one training sample. &lt;span style=&apos;color:#8a8a8a&apos;&gt;■&lt;/span&gt; not seen yet · &lt;span style=&apos;color:#1a5fb4&apos;&gt;■&lt;/span&gt; seen before · &lt;span style=&apos;color:#e66100&apos;&gt;■&lt;/span&gt; the batch just drawn</source>
        <translation>1 マスが訓練データ 1 つです。&lt;span style=&apos;color:#8a8a8a&apos;&gt;■&lt;/span&gt; 未使用、&lt;span style=&apos;color:#1a5fb4&apos;&gt;■&lt;/span&gt; 使用済み、&lt;span style=&apos;color:#e66100&apos;&gt;■&lt;/span&gt; いま取り出したバッチ</translation>
    </message>
</context>
<context>
    <name>CrossEntropyPanel</name>
    <message>
        <source>With a one-hot label only the probability p of the right class counts: E = −log p. A confident right answer (p near 1) costs almost nothing; a confident wrong one (p near 0) costs a lot.</source>
        <translation>正解ラベルが one-hot なら、効くのは正解クラスの確率 p だけです：E = −log p。自信をもって正解する（p が 1 に近い）と損失はほぼ 0、自信をもって間違える（p が 0 に近い）と損失は大きくなります。</translation>
    </message>
    <message>
        <source>p (right class)</source>
        <translation>p（正解クラス）</translation>
    </message>
    <message>
        <source>probability of the right class p</source>
        <translation>正解クラスの確率 p</translation>
    </message>
    <message>
        <source>cross-entropy E</source>
        <translation>交差エントロピー誤差 E</translation>
    </message>
</context>
<context>
    <name>CurvesComparison</name>
    <message>
        <source>same curve as %1</source>
        <translation>%1 と同じ曲線</translation>
    </message>
    <message>
        <source>%1 · same curve as %2</source>
        <translation>%1（%2 と同じ曲線）</translation>
    </message>
    <message>
        <source>Done: the lower the loss and the higher the test accuracy, the better the run learned.</source>
        <translation>完了：損失が低く、テストの認識精度が高いほど、よく学習できています。</translation>
    </message>
    <message>
        <source>diverged at iteration %1</source>
        <translation>イテレーション %1 で発散</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>train %1, test %2</source>
        <translation>訓練 %1、テスト %2</translation>
    </message>
    <message>
        <source>Best by final test accuracy: %1 (%2).</source>
        <translation>最終的なテストの認識精度がいちばん高いのは %1（%2）です。</translation>
    </message>
    <message>
        <source>Diverged (counted as worst): %1.</source>
        <translation>発散（最下位として扱います）：%1。</translation>
    </message>
</context>
<context>
    <name>DataLine</name>
    <message>
        <source>Data: MNIST (offline: the 10,000 test digits), split %1 to train / %2 to test, 28×28 pixels.</source>
        <translation>データ：MNIST（オフライン版：テスト用の 1 万枚）を訓練用 %1 枚・テスト用 %2 枚に分けて使います。画像は 28×28 ピクセルです。</translation>
    </message>
    <message>
        <source>Data: MNIST (the imported 10,000 test digits), split %1 to train / %2 to test, 28×28 pixels.</source>
        <translation>データ：取り込んだ MNIST のテスト用 1 万枚を、訓練用 %1 枚・テスト用 %2 枚に分けて使います。画像は 28×28 ピクセルです。</translation>
    </message>
    <message>
        <source>Data: MNIST, %1 training / %2 test images of 28×28 pixels, as in the book.</source>
        <translation>データ：MNIST。本と同じく、28×28 ピクセルの画像を訓練用に %1 枚、テスト用に %2 枚使います。</translation>
    </message>
    <message>
        <source>Data: the 8×8 digits, %1 to train / %2 to test: the MNIST files could not be read (the log says why), so the network has 64 inputs instead of 784.</source>
        <translation>データ：8×8 の手書き数字（訓練用 %1 枚・テスト用 %2 枚）。MNIST のファイルを読めなかったため（理由はログにあります）、ネットワークの入力は 784 ではなく 64 です。</translation>
    </message>
    <message>
        <source>Data: %3, %1 to train / %2 to test.</source>
        <translation>データ：%3（訓練用 %1・テスト用 %2）。</translation>
    </message>
    <message>
        <source>This lesson trains on the first %1 training images only.</source>
        <translation>このレッスンでは訓練用のうち最初の %1 枚だけで学習します。</translation>
    </message>
    <message>
        <source>Network: %1.</source>
        <translation>ネットワーク：%1。</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>noise:</source>
        <translation>ノイズ：</translation>
    </message>
    <message>
        <source>How much the 2-D toy points are scattered</source>
        <translation>2 次元トイデータの点のばらつきの大きさ</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Load (or regenerate) the chosen data set</source>
        <translation>選んだデータセットを読み込む（または作り直す）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <source>Use your own data: a CSV file or a folder of images</source>
        <translation>自分のデータを使います（CSV ファイル、または画像のフォルダ）</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>自分のデータ：%1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The data set could not be loaded:

%1</source>
        <translation>データセットを読み込めませんでした：

%1</translation>
    </message>
    <message>
        <source>%1 is not on this computer; using the offline MNIST bundled with nnlab.</source>
        <translation>%1 はこのコンピュータにないため、nnlab に同梱の MNIST オフライン版を使います。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロード中…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Folder with the MNIST / Fashion-MNIST IDX files</source>
        <translation>MNIST / Fashion-MNIST の IDX ファイルがあるフォルダ</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <source>The folder held only the 10,000 test images: nnlab split them into 8,000 to train and 2,000 to test, the same way every time.</source>
        <translation>フォルダにはテスト用の 1 万枚だけがありました。nnlab はこれを、毎回同じように訓練用 8,000 枚とテスト用 2,000 枚に分けました。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>No data set loaded.</source>
        <translation>データセットが読み込まれていません。</translation>
    </message>
    <message>
        <source>%1: %2 training / %3 test samples, %4 inputs, %5 classes</source>
        <translation>%1：訓練用 %2 件・テスト用 %3 件、入力 %4 個、%5 クラス</translation>
    </message>
    <message>
        <source>Use offline MNIST</source>
        <translation>MNIST オフライン版を使う</translation>
    </message>
    <message>
        <source>Data set not on this computer</source>
        <translation>データセットがこのコンピュータにありません</translation>
    </message>
    <message>
        <source>%1 is not on this computer yet.</source>
        <translation>%1 はまだこのコンピュータにありません。</translation>
    </message>
    <message>
        <source>Download it (about 12-30 MB), import files you already have, or use the offline MNIST bundled with nnlab (the 10,000 test digits) instead.</source>
        <translation>ダウンロードする（約 12〜30 MB）、手元のファイルを取り込む、または nnlab に同梱の MNIST オフライン版（テスト用の 1 万枚）を代わりに使う、のどれかを選んでください。</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>ダウンロードできませんでした</translation>
    </message>
    <message>
        <source>%1 could not be downloaded, so nothing was changed: choose Import… if you have the files, or keep working with the offline MNIST bundled with nnlab.</source>
        <translation>%1 をダウンロードできなかったので何も変更していません。ファイルをお持ちなら「取り込み…」を、なければ nnlab に同梱の MNIST オフライン版をそのまま使ってください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing: step %1 of %2</source>
        <translation>取り込み中：%2 段階のうち %1 段階目</translation>
    </message>
    <message>
        <source>Downloaded %1 kB</source>
        <translation>%1 kB ダウンロード済み</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>The learning rate must be a number ≥ 0, for example 0.1 or 1e-10.</source>
        <translation>学習率は 0 以上の数にしてください（例：0.1、1e-10）。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>step {0} of {1}: x = {2}</source>
        <translation>ステップ {0}/{1}：x = {2}</translation>
    </message>
    <message>
        <source>(the path has left the view)</source>
        <translation>（経路は表示範囲の外へ出ました）</translation>
    </message>
    <message>
        <source>gradient_descent(f, init_x=[-3.0, 4.0], lr={0}, step_num={1}) = {2}</source>
        <translation>gradient_descent(f, init_x=[-3.0, 4.0], lr={0}, step_num={1}) = {2}</translation>
    </message>
    <message>
        <source>Gradient descent on f(x0, x1) = x0² + x1² from the book&apos;s start (−3, 4). Each step moves against the numerical gradient by lr times its length. Try the book&apos;s three rates.</source>
        <translation>f(x0, x1) = x0² + x1² に対して、本と同じ出発点 (−3, 4) から勾配降下法を行います。1 回ごとに、数値勾配と逆向きに、その長さの lr 倍だけ進みます。本の 3 つの学習率を試しましょう。</translation>
    </message>
    <message>
        <source>Learning rate lr:</source>
        <translation>学習率 lr：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ数：</translation>
    </message>
    <message>
        <source>Good: lr = 0.1</source>
        <translation>適切：lr = 0.1</translation>
    </message>
    <message>
        <source>Too large: lr = 10</source>
        <translation>大きすぎ：lr = 10</translation>
    </message>
    <message>
        <source>Too small: lr = 1e-10</source>
        <translation>小さすぎ：lr = 1e-10</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>One more step (Ctrl+Right)</source>
        <translation>1 ステップ進めます（Ctrl+→）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Train a network on an image dataset first.</source>
        <translation>先に画像データセットでネットワークを学習してください。</translation>
    </message>
    <message>
        <source>Draw a digit in the white box.</source>
        <translation>白い枠に数字を書いてください。</translation>
    </message>
    <message>
        <source>The network says: {0} ({1}%)</source>
        <translation>ネットワークの答え：{0}（{1}%）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>What the network sees:</source>
        <translation>ネットワークへの入力：</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>EngineNames</name>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>identity (none)</source>
        <translation>恒等関数（なし）</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <source>MNIST handwritten digits (28×28)</source>
        <translation>MNIST 手書き数字（28×28）</translation>
    </message>
    <message>
        <source>MNIST offline (the 10,000 test digits)</source>
        <translation>MNIST オフライン版（テスト用の 1 万枚）</translation>
    </message>
    <message>
        <source>Fashion-MNIST clothes (28×28)</source>
        <translation>Fashion-MNIST 衣類（28×28）</translation>
    </message>
    <message>
        <source>8×8 digits (small)</source>
        <translation>8×8 の手書き数字（小）</translation>
    </message>
    <message>
        <source>2-D toy: circle</source>
        <translation>2 次元トイ：円</translation>
    </message>
    <message>
        <source>2-D toy: XOR</source>
        <translation>2 次元トイ：XOR</translation>
    </message>
    <message>
        <source>2-D toy: Gaussian blobs</source>
        <translation>2 次元トイ：ガウス分布の塊</translation>
    </message>
    <message>
        <source>2-D toy: spiral</source>
        <translation>2 次元トイ：渦巻き</translation>
    </message>
    <message>
        <source>2-D toy: moons</source>
        <translation>2 次元トイ：三日月</translation>
    </message>
    <message>
        <source>std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>std {0}</source>
        <translation>標準偏差 {0}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>nnlab — unexpected error</source>
        <translation>nnlab — 予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong, but nnlab is still running.</source>
        <translation>問題が発生しましたが、nnlab は動作を続けています。</translation>
    </message>
    <message>
        <source>Details were written to the log file:</source>
        <translation>詳しい情報はログファイルに書き込まれました：</translation>
    </message>
</context>
<context>
    <name>ForwardPassLesson</name>
    <message>
        <source>Three-layer network</source>
        <translation>3 層ネットワーク</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>Trained net (§3.6)</source>
        <translation>学習済み（§3.6）</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>数字を描く</translation>
    </message>
</context>
<context>
    <name>GradientCheckLesson</name>
    <message>
        <source>One gradient, timed</source>
        <translation>勾配 1 回の時間</translation>
    </message>
    <message>
        <source>Training race</source>
        <translation>学習の競争</translation>
    </message>
</context>
<context>
    <name>GradientCheckRun</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The gradient check failed: %1</source>
        <translation>勾配確認に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>GradientCheckWidget</name>
    <message>
        <source>Small net (%1-10-10, finishes in seconds)</source>
        <translation>小さなネットワーク（%1-10-10、数秒で終了）</translation>
    </message>
    <message>
        <source>Book&apos;s net (%1-50-10)</source>
        <translation>本のネットワーク（%1-50-10）</translation>
    </message>
    <message>
        <source>Book&apos;s full size 784-50-10 (random 784-pixel inputs)</source>
        <translation>本と同じ 784-50-10（784 ピクセルのランダム入力）</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ：</translation>
    </message>
    <message>
        <source>Compute both gradients</source>
        <translation>両方の方法で勾配を計算</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>パラメータ数：</translation>
    </message>
    <message>
        <source>Backprop, per gradient:</source>
        <translation>誤差逆伝播法（勾配 1 回）：</translation>
    </message>
    <message>
        <source>Numerical, per gradient:</source>
        <translation>数値微分（勾配 1 回）：</translation>
    </message>
    <message>
        <source>Numerical / backprop:</source>
        <translation>数値微分 / 誤差逆伝播法：</translation>
    </message>
    <message>
        <source>10,000 iterations would take:</source>
        <translation>10,000 イテレーションにかかる時間：</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Max abs error</source>
        <translation>最大絶対誤差</translation>
    </message>
    <message>
        <source>Max rel error</source>
        <translation>最大相対誤差</translation>
    </message>
    <message>
        <source>Inputs are random numbers with MNIST&apos;s 784 pixels: the timing is what the book&apos;s network costs; the data does not matter for it.</source>
        <translation>入力は MNIST と同じ 784 ピクセルの乱数です。計るのは本のネットワークの計算時間なので、データの中身は関係ありません。</translation>
    </message>
    <message>
        <source>Could not set up the network: %1</source>
        <translation>ネットワークを準備できませんでした：%1</translation>
    </message>
    <message>
        <source>Timing backpropagation…</source>
        <translation>誤差逆伝播法の時間を計測中…</translation>
    </message>
    <message>
        <source>Computing the numerical gradient…</source>
        <translation>数値微分で勾配を計算中…</translation>
    </message>
    <message>
        <source>%1 of %2 numbers, about %3 left</source>
        <translation>%1 / %2 個、残り約 %3</translation>
    </message>
    <message>
        <source>Done. Largest relative error %1: the two gradients agree.</source>
        <translation>完了。最大相対誤差 %1：2 つの勾配は一致しています。</translation>
    </message>
    <message>
        <source>Done. Largest relative error %1: larger than expected.</source>
        <translation>完了。最大相対誤差 %1：想定より大きな値です。</translation>
    </message>
    <message>
        <source>%1 times slower</source>
        <translation>%1 倍遅い</translation>
    </message>
    <message>
        <source>numerical %1, backprop %2</source>
        <translation>数値微分 %1、誤差逆伝播法 %2</translation>
    </message>
</context>
<context>
    <name>GradientFieldPanel</name>
    <message>
        <source>∂f/∂x0 = {0}    ∂f/∂x1 = {1}</source>
        <translation>∂f/∂x0 = {0}    ∂f/∂x1 = {1}</translation>
    </message>
    <message>
        <source>numerical_gradient(f, [{0:g}, {1:g}]) = {2}    f = {3:.4g}</source>
        <translation>numerical_gradient(f, [{0:g}, {1:g}]) = {2}    f = {3:.4g}</translation>
    </message>
    <message>
        <source>f(x0, x1) = x0² + x1². Grey arrows: −∇f on the book&apos;s grid; each points where f falls fastest, and is longer where f is steeper. Drag the red point or type its coordinates; the orange arrow is −∇f there (drawn twice as long).</source>
        <translation>f(x0, x1) = x0² + x1²。灰色の矢印は本と同じ格子点での −∇f で、f がもっとも急に減る向きを指し、f が急なところほど長くなります。赤い点をドラッグするか座標を入力しましょう。オレンジの矢印はその点での −∇f です（2 倍の長さで表示）。</translation>
    </message>
    <message>
        <source>Book:</source>
        <translation>本の例：</translation>
    </message>
</context>
<context>
    <name>GradientRaceWidget</name>
    <message>
        <source>The small network (%1-10-10, sigmoid) trained twice from the same initial weights on the same mini-batches with SGD (learning rate 0.1): once with numerical gradients, as in chapter 4, once with backprop. Both run at the same time.</source>
        <translation>小さいネットワーク（%1-10-10、シグモイド）を、同じ重みの初期値・同じミニバッチ・同じ SGD（学習率 0.1）で 2 通りに学習させます。1 つは第 4 章のように数値微分で、もう 1 つは誤差逆伝播法で勾配を求めます。2 つは同時に進みます。</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>イテレーション数：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ：</translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation>競争を始める</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>wall-clock time (s)</source>
        <translation>経過時間（秒）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>iteration (as far as the numerical run has come)</source>
        <translation>イテレーション（数値微分が進んだところまで）</translation>
    </message>
    <message>
        <source>Could not set up the race: %1</source>
        <translation>競争の準備ができませんでした：%1</translation>
    </message>
    <message>
        <source>Both are training…</source>
        <translation>2 つとも学習中です…</translation>
    </message>
    <message>
        <source>The race stopped with an error: %1</source>
        <translation>エラーで止まりました：%1</translation>
    </message>
    <message>
        <source>Cancelled: both runs stopped.</source>
        <translation>キャンセルしました。2 つとも止まりました。</translation>
    </message>
    <message>
        <source>Both runs are done.</source>
        <translation>2 つとも終わりました。</translation>
    </message>
    <message>
        <source>Backprop is through all %1 iterations; the numerical gradient keeps going (Cancel stops it).</source>
        <translation>誤差逆伝播法は %1 イテレーションを終えました。数値微分はまだ続いています（「キャンセル」で止まります）。</translation>
    </message>
    <message>
        <source>%1 iterations (the pace shows once it has run a little)</source>
        <translation>%1 回（速さは少し進むと表示されます）</translation>
    </message>
    <message>
        <source>%1 iterations, %2 per second; the book&apos;s 10,000 iterations at this pace: %3</source>
        <translation>%1 回、毎秒 %2 回。このペースでは、本の 10,000 回に %3 かかります</translation>
    </message>
</context>
<context>
    <name>HyperparameterSearchWidget</name>
    <message>
        <source>Validation data</source>
        <translation>検証データ</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>ランダム探索</translation>
    </message>
    <message>
        <source>Best trials&apos; curves</source>
        <translation>上位の試行の学習曲線</translation>
    </message>
</context>
<context>
    <name>HyperparamsEditor</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Input / output:</source>
        <translation>入力 / 出力：</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>隠れ層：</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>活性化関数：</translation>
    </message>
    <message>
        <source>Initial weights:</source>
        <translation>重みの初期値：</translation>
    </message>
    <message>
        <source>Batch normalization:</source>
        <translation>Batch Normalization：</translation>
    </message>
    <message>
        <source>Dropout ratio:</source>
        <translation>Dropout の割合：</translation>
    </message>
    <message>
        <source>L2 weight decay λ:</source>
        <translation>L2 Weight decay λ：</translation>
    </message>
    <message>
        <source>L1 weight decay λ:</source>
        <translation>L1 Weight decay λ：</translation>
    </message>
    <message>
        <source>after each hidden Affine</source>
        <translation>隠れ層の各 Affine の後</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>隠れ層を追加</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>最後の隠れ層を削除</translation>
    </message>
    <message>
        <source>Standard deviation of the initial weights (used with &apos;{0}&apos;)</source>
        <translation>重みの初期値の標準偏差（「{0}」のときに使います）</translation>
    </message>
    <message>
        <source>{0}: Gaussian with the given σ; Xavier: σ = 1/√n; He: σ = √(2/n)</source>
        <translation>{0}：指定した σ のガウス分布、Xavier：σ = 1/√n、He：σ = √(2/n)</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>最適化手法：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学習率：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ：</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>イテレーション数：</translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation>乱数シード：</translation>
    </message>
    <message>
        <source>Mini-batches:</source>
        <translation>ミニバッチ：</translation>
    </message>
    <message>
        <source>random, with replacement (book)</source>
        <translation>ランダム、重複あり（本と同じ）</translation>
    </message>
    <message>
        <source>shuffle once per epoch</source>
        <translation>エポックごとにシャッフル</translation>
    </message>
    <message>
        <source>A number greater than 0, e.g. 0.1 or 1e-3</source>
        <translation>0 より大きい数（例：0.1 や 1e-3）</translation>
    </message>
    <message>
        <source>Neurons in this hidden layer</source>
        <translation>この隠れ層のニューロン数</translation>
    </message>
    <message>
        <source>%1 inputs → %2 classes</source>
        <translation>入力 %1 → クラス %2</translation>
    </message>
    <message>
        <source>The learning rate must be a number greater than 0 (for example 0.1).</source>
        <translation>学習率は 0 より大きい数にしてください（例：0.1）。</translation>
    </message>
    <message>
        <source>The batch size (%1) is larger than the training set (%2 samples).</source>
        <translation>バッチサイズ（%1）が訓練データ（%2 サンプル）より大きくなっています。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import your own data</source>
        <translation>自分のデータを取り込む</translation>
    </message>
    <message>
        <source>A CSV file: one sample per row, numbers in every column and a class column (named label, class, target or y, else the last one). Two number columns are points, shown on the playground&apos;s 2-D map. An image folder: one sub-folder per class, e.g. cats/ and dogs/; the images are read as 28×28 grayscale.</source>
        <translation>CSV ファイル：1 行に 1 サンプル。各列は数値で、クラスを表す列を 1 つ含めます（列名が label・class・target・y のいずれかならその列、なければ最後の列）。数値の列が 2 つなら 2 次元の点として扱い、プレイグラウンドの 2 次元マップに表示します。画像フォルダ：クラスごとにサブフォルダを 1 つ作ります（例：cats/ と dogs/）。画像は 28×28 のグレースケールとして読み込みます。</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV ファイル…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>画像フォルダ…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取り込みを中止</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <source>Kept for testing:</source>
        <translation>テスト用に取り分ける割合：</translation>
    </message>
    <message>
        <source>Scale every input column to mean 0, spread 1</source>
        <translation>入力の各列を平均 0・ばらつき 1 にそろえる</translation>
    </message>
    <message>
        <source>Inputs measured in large units (prices, metres) learn much better when scaled</source>
        <translation>値段やメートルのように大きな単位の入力は、そろえた方がずっとよく学習できます</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>このデータを使う</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>取り込む CSV ファイル</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>クラスごとのサブフォルダを含むフォルダ</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>取り込みを中止しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>This data cannot be used:
%1</source>
        <translation>このデータは使えません：
%1</translation>
    </message>
    <message>
        <source>Shown below: %1</source>
        <translation>下に表示：%1</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>まだ何も取り込んでいません。</translation>
    </message>
    <message>
        <source>2-D points (the playground draws them with its decision map)</source>
        <translation>2 次元の点（プレイグラウンドで決定領域のマップと一緒に描かれます）</translation>
    </message>
    <message>
        <source>feature vectors of %1 numbers</source>
        <translation>%1 個の数値からなる特徴ベクトル</translation>
    </message>
    <message>
        <source>28×28 grayscale images</source>
        <translation>28×28 のグレースケール画像</translation>
    </message>
    <message>
        <source>%1: %2 samples in %3 classes; %4; values from %5 to %6.</source>
        <translation>%1：%3 クラス、%2 サンプル。%4。値の範囲は %5〜%6 です。</translation>
    </message>
    <message>
        <source>%1 files that are not images were left out, e.g. %2.</source>
        <translation>画像ではないファイル %1 個は除きました（例：%2）。</translation>
    </message>
    <message>
        <source>about %1 for training, %2 for testing (the same share of every class)</source>
        <translation>訓練用に約 %1 個、テスト用に %2 個（どのクラスからも同じ割合で取り分けます）</translation>
    </message>
</context>
<context>
    <name>InitTraining</name>
    <message>
        <source>Network %1 with ReLU, batch %2, the same mini-batches for every run. Each row chooses its initial weights and optimizer.</source>
        <translation>ネットワーク %1（ReLU）、バッチ %2。どの実行も同じミニバッチを使います。各行で重みの初期値と最適化手法を選べます。</translation>
    </message>
</context>
<context>
    <name>JobControls</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layer {0}</source>
        <translation>{0} 層目</translation>
    </message>
    <message>
        <source>{0}: {1} → {2} ({3}), iteration {4}</source>
        <translation>{0}：{1} → {2}（{3}）、イテレーション {4}</translation>
    </message>
    <message>
        <source>iteration {0}: gradient size {1}</source>
        <translation>イテレーション {0}：勾配の大きさ {1}</translation>
    </message>
    <message>
        <source>values {0} … {1}: {2} entries</source>
        <translation>値 {0} … {1}：{2} 個</translation>
    </message>
    <message>
        <source>neuron {0}, pixel (row {1}, column {2}): weight {3}</source>
        <translation>ニューロン {0}、ピクセル（{1} 行 {2} 列）：重み {3}</translation>
    </message>
    <message>
        <source>Weights (histogram)</source>
        <translation>重み（ヒストグラム）</translation>
    </message>
    <message>
        <source>Activations after this layer (histogram)</source>
        <translation>この層の出力のアクティベーション（ヒストグラム）</translation>
    </message>
    <message>
        <source>Gradient size ‖∂L/∂W‖ over iterations</source>
        <translation>勾配の大きさ ‖∂L/∂W‖ の推移</translation>
    </message>
    <message>
        <source>Each hidden neuron&apos;s weights as an image</source>
        <translation>隠れニューロンごとの重みの画像</translation>
    </message>
    <message>
        <source>Start training to see the weights.</source>
        <translation>学習を始めると重みが表示されます。</translation>
    </message>
    <message>
        <source>Start training to see activations.</source>
        <translation>学習を始めるとアクティベーションが表示されます。</translation>
    </message>
    <message>
        <source>Start training to see how large the gradients are.</source>
        <translation>学習を始めると勾配の大きさが表示されます。</translation>
    </message>
    <message>
        <source>Weight images appear for the first layer of an image dataset (MNIST, digits): blue pixels push the neuron up, orange ones push it down.</source>
        <translation>重みの画像は、画像データセット（MNIST、数字）の 1 層目で表示されます。青いピクセルはニューロンの値を上げ、オレンジのピクセルは下げます。</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>重みの値</translation>
    </message>
    <message>
        <source>activation value</source>
        <translation>アクティベーションの値</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read its values.</source>
        <translation>グラフにマウスを重ねると値を読めます。</translation>
    </message>
</context>
<context>
    <name>LearningMinibatchLesson</name>
    <message>
        <source>Mini-batches and epochs</source>
        <translation>ミニバッチとエポック</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation>損失関数</translation>
    </message>
</context>
<context>
    <name>LessonErrorPage</name>
    <message>
        <source>The lesson “{title}” could not be loaded:</source>
        <translation>レッスン「{title}」を読み込めませんでした：</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Chapters {first}–{last}</source>
        <translation>第 {first}〜{last} 章</translation>
    </message>
    <message>
        <source>Chapter {chapter}</source>
        <translation>第 {chapter} 章</translation>
    </message>
    <message>
        <source>The interactive part of this lesson could not be built:</source>
        <translation>このレッスンの操作パネルを作成できませんでした：</translation>
    </message>
    <message>
        <source>The text of this lesson could not be loaded.</source>
        <translation>このレッスンの本文を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The check questions of this lesson could not be loaded.</source>
        <translation>このレッスンの確認問題を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Perceptron</source>
        <translation>パーセプトロン</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>ニューラルネットワークの順伝播</translation>
    </message>
    <message>
        <source>Learning with mini-batches</source>
        <translation>ミニバッチ学習</translation>
    </message>
    <message>
        <source>Numerical differentiation and the gradient</source>
        <translation>数値微分と勾配</translation>
    </message>
    <message>
        <source>Numerical gradient vs backpropagation</source>
        <translation>数値微分と誤差逆伝播法</translation>
    </message>
    <message>
        <source>Computational graphs</source>
        <translation>計算グラフ</translation>
    </message>
    <message>
        <source>Backprop through layers</source>
        <translation>レイヤで考える誤差逆伝播法</translation>
    </message>
    <message>
        <source>Two-layer network</source>
        <translation>2 層ニューラルネットワークの学習</translation>
    </message>
    <message>
        <source>Optimizers: SGD, Momentum, AdaGrad, Adam</source>
        <translation>最適化手法：SGD・Momentum・AdaGrad・Adam</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>Batch Normalization（バッチ正規化）</translation>
    </message>
    <message>
        <source>Overfitting and regularisation</source>
        <translation>過学習と正則化</translation>
    </message>
    <message>
        <source>Validation data and hyperparameter search</source>
        <translation>検証データとハイパーパラメータの探索</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>Type 2 to 10 numbers between 0 and 1, separated by commas.</source>
        <translation>0 から 1 の数を 2〜10 個、カンマで区切って入力してください。</translation>
    </message>
    <message>
        <source>right answer t (one-hot) = [{0}]</source>
        <translation>正解 t（one-hot 表現）= [{0}]</translation>
    </message>
    <message>
        <source>Mean squared error  E = ½ Σ (yₖ − tₖ)² = {0:.4f}</source>
        <translation>2 乗和誤差  E = ½ Σ (yₖ − tₖ)² = {0:.4f}</translation>
    </message>
    <message>
        <source>Cross-entropy  E = −Σ tₖ log yₖ = −log y[{0}] = {1:.4f}</source>
        <translation>交差エントロピー誤差  E = −Σ tₖ log yₖ = −log y[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <source>Note: these values sum to {0:.2f}, not 1. A softmax output always sums to 1.</source>
        <translation>注意：この値の合計は 1 ではなく {0:.2f} です。ソフトマックス関数の出力は合計が必ず 1 になります。</translation>
    </message>
    <message>
        <source>A loss function measures how far one prediction is from the right answer. Edit the network&apos;s output y (probabilities) and choose the right class.</source>
        <translation>損失関数は、1 つの予測が正解からどれだけ離れているかを測ります。ネットワークの出力 y（確率）を書き換え、正解のクラスを選んでください。</translation>
    </message>
    <message>
        <source>Output y:</source>
        <translation>出力 y：</translation>
    </message>
    <message>
        <source>Right class:</source>
        <translation>正解クラス：</translation>
    </message>
    <message>
        <source>Confident and right</source>
        <translation>自信があって正解</translation>
    </message>
    <message>
        <source>Confident and wrong</source>
        <translation>自信があって不正解</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>自信なし</translation>
    </message>
    <message>
        <source>y per class (orange: the right class)</source>
        <translation>クラスごとの y（オレンジ：正解クラス）</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>損失を対数軸で表示</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnlab — Neural networks from scratch</source>
        <translation>nnlab — ゼロから学ぶニューラルネットワーク</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About nnlab</source>
        <translation>nnlab について(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset progress…</source>
        <translation>進み具合をリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 戻る</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <source>Mark lesson as done</source>
        <translation>このレッスンを完了にする</translation>
    </message>
    <message>
        <source>Loading the lesson…</source>
        <translation>レッスンを読み込んでいます…</translation>
    </message>
    <message>
        <source>Lessons in teaching order; ✓ = completed</source>
        <translation>学ぶ順に並んだレッスン（✓ = 完了）</translation>
    </message>
    <message>
        <source>Ch. {first}–{last}</source>
        <translation>第 {first}〜{last} 章</translation>
    </message>
    <message>
        <source>Ch. {chapter}</source>
        <translation>第 {chapter} 章</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>言語：{name}</translation>
    </message>
    <message>
        <source>Lesson {number} of {count}</source>
        <translation>レッスン {number} / {count}</translation>
    </message>
    <message>
        <source>Well done — lesson completed: {title}</source>
        <translation>よくできました。レッスン「{title}」を完了しました。</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>進み具合のリセット</translation>
    </message>
    <message>
        <source>Forget all completed lessons and quiz answers?</source>
        <translation>完了したレッスンと確認問題の解答をすべて消去しますか？</translation>
    </message>
    <message>
        <source>Progress reset.</source>
        <translation>進み具合をリセットしました。</translation>
    </message>
    <message>
        <source>About nnlab</source>
        <translation>nnlab について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;nnlab {version}&lt;/h3&gt;&lt;p&gt;A desktop lab for learning neural networks from scratch, beside the book &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (chapters 2–6).&lt;/p&gt;&lt;p&gt;The engine is plain NumPy; the window is PySide6 (Qt) with pyqtgraph plots.&lt;/p&gt;&lt;p&gt;License: MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnlab {version}&lt;/h3&gt;&lt;p&gt;書籍『ゼロから作るDeep Learning』（第 2 章〜第 6 章）と並べて、ニューラルネットワークを一から学ぶためのデスクトップ実験室です。&lt;/p&gt;&lt;p&gt;計算エンジンは NumPy だけで書かれ、画面は PySide6 (Qt) と pyqtgraph のグラフでできています。&lt;/p&gt;&lt;p&gt;ライセンス：MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Bundled data: the MNIST test set (10,000 digits; Y. LeCun, C. Cortes, C. J. C. Burges; CC BY-SA 3.0), the 8×8 digits (E. Alpaydin, C. Kaynak, UCI; CC BY 4.0) and the trained weights of the book&apos;s §3.6 (sample_weight.pkl from oreilly-japan/deep-learning-from-scratch; MIT, © 2016 Koki Saitoh). The licence files are beside the data in resources/.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同梱データ：MNIST のテストデータ（1 万枚。Y. LeCun、C. Cortes、C. J. C. Burges。CC BY-SA 3.0）、8×8 の手書き数字（E. Alpaydin、C. Kaynak、UCI。CC BY 4.0）、本の §3.6 の学習済みの重み（oreilly-japan/deep-learning-from-scratch の sample_weight.pkl。MIT ライセンス、© 2016 Koki Saitoh）。ライセンスのファイルは resources/ のデータの隣にあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data sets: the offline 8×8 digits are UCI optdigits (E. Alpaydin, C. Kaynak; CC BY 4.0); Fashion-MNIST is by H. Xiao, K. Rasul and R. Vollgraf (Zalando Research; MIT licence). Your own images are read with Pillow (MIT-CMU licence); your runs are kept with SQLite (public domain).&lt;/p&gt;</source>
        <translation>&lt;p&gt;データセット：オフラインの 8×8 数字は UCI optdigits（E. Alpaydin、C. Kaynak。CC BY 4.0）、Fashion-MNIST は H. Xiao、K. Rasul、R. Vollgraf（Zalando Research。MIT ライセンス）によるものです。自分の画像の読み込みには Pillow（MIT-CMU ライセンス）、実行の保存には SQLite（パブリックドメイン）を使っています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not open the log folder: {path}</source>
        <translation>ログフォルダを開けませんでした：{path}</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>nnlab model (*.npz);;All files (*)</source>
        <translation>nnlab モデル (*.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>The model could not be saved to
%1

%2</source>
        <translation>モデルを次の場所に保存できませんでした：
%1

%2</translation>
    </message>
    <message>
        <source>%1 is not a usable nnlab model file.

%2</source>
        <translation>%1 は使える nnlab モデルファイルではありません。

%2</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>The model in %1 is a large network (%2) with %3 parameters, about %4 of memory. Loading it may take a while and slow this computer down.

Load it anyway?</source>
        <translation>%1 のモデルは大きなネットワーク（%2）で、パラメータが %3 個あり、メモリを約 %4 使います。読み込みには時間がかかり、このコンピュータの動作が遅くなることがあります。

それでも読み込みますか？</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Weight W{0}[{1}, {2}] = {3}</source>
        <translation>重み W{0}[{1}, {2}] = {3}</translation>
    </message>
    <message>
        <source>Input {0} of {1}</source>
        <translation>入力 {0} / {1}</translation>
    </message>
    <message>
        <source>Neuron {0} of {1}
bias: {2}
mean activation: {3}</source>
        <translation>ニューロン {0} / {1}
バイアス：{2}
平均アクティベーション：{3}</translation>
    </message>
    <message>
        <source>Choose an architecture to see the network</source>
        <translation>構成を選ぶとネットワークが表示されます</translation>
    </message>
    <message>
        <source>Decision regions (dots: data)</source>
        <translation>決定領域（点：データ）</translation>
    </message>
    <message>
        <source>Input
{0} values</source>
        <translation>入力
{0} 個の値</translation>
    </message>
    <message>
        <source>Output
{0} · softmax</source>
        <translation>出力
{0} 個（ソフトマックス）</translation>
    </message>
    <message>
        <source>Hidden {0}</source>
        <translation>隠れ層 {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} 個（{1}）</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>dropout {0}</source>
        <translation>Dropout {0}</translation>
    </message>
</context>
<context>
    <name>NumericalDifferentiationLesson</name>
    <message>
        <source>Step h</source>
        <translation>刻み h</translation>
    </message>
    <message>
        <source>Tangent</source>
        <translation>接線</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>勾配降下</translation>
    </message>
    <message>
        <source>simpleNet</source>
        <translation>simpleNet</translation>
    </message>
</context>
<context>
    <name>OptimizerTraining</name>
    <message>
        <source>Network %1 with %2, batch %3, the same starting weights and mini-batches for every run; each row has its own optimizer settings. Loss averaged over %4 iterations; accuracy on %5 images once per epoch.</source>
        <translation>ネットワーク %1（活性化関数 %2）、バッチ %3。どの実行も同じ重みの初期値と同じミニバッチから始め、行ごとに最適化手法の設定が違います。損失は %4 回の移動平均、認識精度は 1 エポックごとに %5 枚で測ります。</translation>
    </message>
</context>
<context>
    <name>OptimizersWidget</name>
    <message>
        <source>Paths on 2-D functions</source>
        <translation>2 次元関数での更新経路</translation>
    </message>
    <message>
        <source>Training on the digits</source>
        <translation>数字データでの学習</translation>
    </message>
</context>
<context>
    <name>OverfittingWidget</name>
    <message>
        <source>Only %1 training images, network %2 with ReLU, batch %3. Each row is one run with its own λ and dropout ratio. Accuracy: solid training, dashed test; the space between them is overfitting.</source>
        <translation>訓練画像はわずか %1 枚、ネットワーク %2（ReLU）、バッチ %3。各行が 1 回の実行で、行ごとに λ と Dropout の比率を設定できます。認識精度は実線が訓練、破線がテストです。その差が過学習です。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>All weights after training</source>
        <translation>学習後のすべての重み</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>重みの値</translation>
    </message>
    <message>
        <source>share of the weights</source>
        <translation>重みの割合</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>すべての実行</translation>
    </message>
    <message>
        <source>no weight histogram: saved before runs kept one</source>
        <translation>重みのヒストグラムはありません（ヒストグラムを保存するようになる前の実行です）</translation>
    </message>
    <message>
        <source>train %1, test %2, gap %3</source>
        <translation>訓練 %1、テスト %2、差 %3</translation>
    </message>
</context>
<context>
    <name>PerceptronLesson</name>
    <message>
        <source>y = 1  if  {0}·x1 {1}·x2 {2} &gt; 0,   otherwise 0</source>
        <translation>{0}·x1 {1}·x2 {2} &gt; 0 なら y = 1、そうでなければ y = 0</translation>
    </message>
    <message>
        <source>These weights compute {0} on all four inputs.</source>
        <translation>この重みなら、4 通りの入力すべてで {0} と同じ出力になります。</translation>
    </message>
    <message>
        <source>Wrong on {0} of 4 inputs for {1}.</source>
        <translation>{1} と比べると、4 通りの入力のうち {0} 通りで出力が違います。</translation>
    </message>
    <message>
        <source>No w1, w2, b can get all four XOR rows right: one straight line cannot put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. Two layers can.</source>
        <translation>どんな w1, w2, b でも XOR の 4 行すべてを正解にはできません。1 本の直線では (0,1) と (1,0) を片側に、(0,0) と (1,1) を反対側に分けられないからです。2 層ならできます。</translation>
    </message>
    <message>
        <source>One perceptron</source>
        <translation>単純パーセプトロン</translation>
    </message>
    <message>
        <source>XOR with two layers</source>
        <translation>2 層で XOR</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Compare with gate:</source>
        <translation>比較するゲート：</translation>
    </message>
    <message>
        <source>Show XOR with two layers →</source>
        <translation>2 層で XOR を見る →</translation>
    </message>
    <message>
        <source>y (yours)</source>
        <translation>出力 y</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Orange: output 1 (shaded side); white: output 0</source>
        <translation>オレンジ：出力 1、白：出力 0</translation>
    </message>
</context>
<context>
    <name>PlaygroundFiles</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>モデルを保存…</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <source>Export loss plot (PNG/SVG)…</source>
        <translation>損失グラフを書き出す（PNG/SVG）…</translation>
    </message>
    <message>
        <source>Export accuracy plot (PNG/SVG)…</source>
        <translation>認識精度グラフを書き出す（PNG/SVG）…</translation>
    </message>
    <message>
        <source>Export experiment as Python script…</source>
        <translation>実験を Python スクリプトとして書き出す…</translation>
    </message>
    <message>
        <source>Export experiment as Jupyter notebook…</source>
        <translation>実験を Jupyter ノートブックとして書き出す…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>Train or load a network first.</source>
        <translation>先にネットワークを学習するか、開いてください。</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>This model expects %1 inputs and %2 classes, but the data set %3 has %4 inputs and %5 classes. Choose a matching data set first.</source>
        <translation>このモデルは入力 %1、クラス %2 ですが、データセット %3 は入力 %4、クラス %5 です。先に合うデータセットを選んでください。</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python スクリプト (*.py)</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter ノートブック (*.ipynb)</translation>
    </message>
    <message>
        <source>Export experiment</source>
        <translation>実験を書き出す</translation>
    </message>
    <message>
        <source>Script written to %1 (its data: %2). Run it with: python %1</source>
        <translation>スクリプトを %1 に書き出しました（データは %2）。実行方法：python %1</translation>
    </message>
    <message>
        <source>Notebook written to %1 (its data: %2). Open it in Jupyter and run the cells in order.</source>
        <translation>ノートブックを %1 に書き出しました（データは %2）。Jupyter で開き、セルを上から順に実行してください。</translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>ファイルを書き込めませんでした：
%1</translation>
    </message>
</context>
<context>
    <name>PlaygroundSavedRuns</name>
    <message>
        <source>Saved runs (%1)</source>
        <translation>保存した実行（%1）</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>保存した実行</translation>
    </message>
</context>
<context>
    <name>QueuedRuns</name>
    <message>
        <source>Not run, because of an impossible value (marked red): %1. The other runs go ahead.</source>
        <translation>ありえない値（赤い欄）があるため実行しません：%1。ほかの実行は続けます。</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>実行しません：%1</translation>
    </message>
    <message>
        <source>impossible value (see the red cell)</source>
        <translation>ありえない値です（赤い欄を見てください）</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>順番待ち</translation>
    </message>
    <message>
        <source>changed: Run trains it again</source>
        <translation>変更あり：実行ボタンでもう一度学習します</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>まだ実行していません</translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <source>Correct!</source>
        <translation>正解です！</translation>
    </message>
    <message>
        <source>Not quite — try another answer.</source>
        <translation>惜しいです。別の答えを選んでみましょう。</translation>
    </message>
    <message>
        <source>Check your understanding</source>
        <translation>理解度チェック</translation>
    </message>
</context>
<context>
    <name>RankedTable</name>
    <message>
        <source>Rank by validation accuracy</source>
        <translation>検証精度による順位</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <source>Validation accuracy after the last epoch</source>
        <translation>最後のエポックのあとの検証データの認識精度</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練精度</translation>
    </message>
    <message>
        <source>Training accuracy after the last epoch</source>
        <translation>最後のエポックのあとの訓練データの認識精度</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>λ (decay)</source>
        <translation>λ（Weight decay）</translation>
    </message>
    <message>
        <source>Weight decay λ (L2)</source>
        <translation>Weight decay の強さ λ（L2）</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Trials are numbered in the order they ran</source>
        <translation>試行の番号は実行した順です</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>true {0}, predicted {1}: {2} images ({3}% of this class)</source>
        <translation>正解 {0}、予測 {1}：{2} 枚（このクラスの {3}%）</translation>
    </message>
    <message>
        <source>This is a 2-D toy dataset, so there are no images to show. The network diagram&apos;s decision-region map shows where it errs.</source>
        <translation>2 次元のトイデータなので、表示する画像はありません。どこで間違えるかは、ネットワーク図の決定領域で確認できます。</translation>
    </message>
    <message>
        <source>No mistakes on the test set.</source>
        <translation>テストデータでの間違いはありません。</translation>
    </message>
    <message>
        <source>true: {0}
predicted: {1} ({2}%)</source>
        <translation>正解：{0}
予測：{1}（{2}%）</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation>混同行列（行：正解クラス、列：予測クラス）</translation>
    </message>
    <message>
        <source>Test images the network got wrong</source>
        <translation>ネットワークが間違えたテスト画像</translation>
    </message>
    <message>
        <source>Train a network, then its test results appear here.</source>
        <translation>ネットワークを学習すると、ここにテスト結果が表示されます。</translation>
    </message>
    <message>
        <source>Test accuracy: {0}% ({1} of {2} correct)</source>
        <translation>テスト精度：{0}%（{2} 個中 {1} 個正解）</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Train with and without batch norm</source>
        <translation>Batch Norm あり・なしで学習</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The experiment stopped with an error: %1</source>
        <translation>エラーのため実験が止まりました：%1</translation>
    </message>
    <message>
        <source>Train with every optimizer</source>
        <translation>すべての最適化手法で学習</translation>
    </message>
    <message>
        <source>Train every run</source>
        <translation>すべての実行を学習</translation>
    </message>
    <message>
        <source>Train with each initialisation</source>
        <translation>各初期値で学習</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Train a new network with these settings</source>
        <translation>この設定で新しいネットワークを学習</translation>
    </message>
    <message>
        <source>Run exactly one iteration (one mini-batch), then pause</source>
        <translation>ちょうど 1 イテレーション（ミニバッチ 1 つ）だけ進めて一時停止します</translation>
    </message>
    <message>
        <source>End this run; the network keeps what it learned so far</source>
        <translation>この実行を終えます（ネットワークはそこまでの学習結果を保ちます）</translation>
    </message>
    <message>
        <source>Clear the curves and the trained network (the Saved runs tab keeps every run)</source>
        <translation>曲線と学習済みネットワークを消去します（実行はすべて「保存した実行」タブに残ります）</translation>
    </message>
    <message>
        <source>Ready. Press Start to train.</source>
        <translation>準備完了。「開始」で学習します。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
</context>
<context>
    <name>RunNotes</name>
    <message>
        <source>Training diverged at iteration %1: the loss became NaN or infinite. The learning rate %2 is most likely too high for %3 — try %4 or smaller.</source>
        <translation>イテレーション %1 で学習が発散しました。損失が NaN または無限大になりました。%3 に対して学習率 %2 が大きすぎる可能性が高いです。%4 以下を試してください。</translation>
    </message>
    <message>
        <source>“%1” did not learn: test accuracy %3 % after %2 iterations (guessing: %4 %); the loss jumped up and stayed at %5. The learning rate %6 is too high for %7: each step jumps past the minimum. Try %8.</source>
        <translation>「%1」は学習できませんでした。%2 イテレーション後のテスト精度は %3%（当てずっぽうなら %4%）で、損失は跳ね上がったあと %5 のままです。%7 に対して学習率 %6 が大きすぎ、毎回の更新が最小値を飛び越えています。%8 を試してください。</translation>
    </message>
    <message>
        <source>“%1” learns slowly: in %2 iterations the loss fell only from %3 to %4 (test accuracy %5 %). The learning rate %6 may be too small: try a larger one or more iterations.</source>
        <translation>「%1」は学習が遅いです。%2 イテレーションで損失は %3 から %4 にしか下がっていません（テスト精度 %5%）。学習率 %6 が小さすぎるかもしれません。大きな学習率か、より多くのイテレーションを試してください。</translation>
    </message>
    <message>
        <source>“%1” stopped after %2 iterations: too short to tell whether it learns. Let it run for at least %3 iterations.</source>
        <translation>「%1」は %2 イテレーションで止まりました。学習できているかを判断するには短すぎます。少なくとも %3 イテレーションは続けてみましょう。</translation>
    </message>
    <message>
        <source>“%1” learned only a little: test accuracy %2 % (guessing: %3 %). The network may be too small for this data, or the run too short: try more hidden neurons or more iterations.</source>
        <translation>「%1」は少ししか学習できていません。テストデータの認識精度は %2%（当てずっぽうなら %3%）です。このデータに対してネットワークが小さすぎるか、学習が短すぎる可能性があります。隠れ層のニューロンかイテレーション数を増やしてみましょう。</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Iteration %1 / %2</source>
        <translation>イテレーション %1 / %2</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>損失 %1</translation>
    </message>
    <message>
        <source>train acc. %1 %</source>
        <translation>訓練精度 %1%</translation>
    </message>
    <message>
        <source>test acc. %1 %</source>
        <translation>テスト精度 %1%</translation>
    </message>
    <message>
        <source>%1 iterations/s</source>
        <translation>%1 イテレーション/秒</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>μ</source>
        <translation>μ</translation>
    </message>
    <message>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>β2</source>
        <translation>β2</translation>
    </message>
    <message>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <source>L1 λ</source>
        <translation>L1 λ</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Momentum μ (Momentum and Nesterov only)</source>
        <translation>Momentum 係数 μ（Momentum と Nesterov だけ）</translation>
    </message>
    <message>
        <source>Decay rate ρ of the squared gradients (RMSProp only)</source>
        <translation>勾配の 2 乗の減衰率 ρ（RMSProp だけ）</translation>
    </message>
    <message>
        <source>Adam&apos;s β1 (decay of the mean gradient)</source>
        <translation>Adam の β1（勾配の平均の減衰率）</translation>
    </message>
    <message>
        <source>Adam&apos;s β2 (decay of the squared gradient)</source>
        <translation>Adam の β2（勾配の 2 乗の減衰率）</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0.</source>
        <translation>学習率は 0 より大きい数にしてください。</translation>
    </message>
    <message>
        <source>μ must be a number from 0 up to (not including) 1.</source>
        <translation>μ は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <source>ρ must be a number from 0 up to (not including) 1.</source>
        <translation>ρ は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <source>β1 must be a number from 0 up to (not including) 1.</source>
        <translation>β1 は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <source>β2 must be a number from 0 up to (not including) 1.</source>
        <translation>β2 は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <source>λ must be a number, 0 or more.</source>
        <translation>λ は 0 以上の数にしてください。</translation>
    </message>
    <message>
        <source>The dropout ratio must be a number from 0 up to (not including) 1.</source>
        <translation>Dropout の比率は 0 以上 1 未満の数にしてください。</translation>
    </message>
    <message>
        <source>Unknown initial weights.</source>
        <translation>この重みの初期値は使えません。</translation>
    </message>
    <message>
        <source>Unknown optimizer.</source>
        <translation>この最適化手法は使えません。</translation>
    </message>
    <message>
        <source>This run is training: its settings cannot change mid-run. Edit it when it has finished (or press Cancel); the change then takes effect when it runs again.</source>
        <translation>この実行は学習中なので、途中で設定を変えられません。終わってから（またはキャンセルしてから）編集してください。変更は次にこの実行を学習するときに使われます。</translation>
    </message>
</context>
<context>
    <name>SavedOverlays</name>
    <message>
        <source>take out</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>take all out</source>
        <translation>すべて外す</translation>
    </message>
    <message>
        <source>Saved runs in the plots (dotted):</source>
        <translation>グラフに重ねた保存済みの実行（点線）：</translation>
    </message>
    <message>
        <source>%1: network %2, batch %3, %4 iterations on %5</source>
        <translation>%1：ネットワーク %2、バッチ %3、%5 で %4 イテレーション</translation>
    </message>
</context>
<context>
    <name>SavedRuns</name>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>learned slowly</source>
        <translation>学習が遅い</translation>
    </message>
    <message>
        <source>did not learn</source>
        <translation>学習できず</translation>
    </message>
    <message>
        <source>The learning rate was too high: each step jumped past the minimum.</source>
        <translation>学習率が高すぎました。1 歩ごとに最小値を飛び越えていました。</translation>
    </message>
</context>
<context>
    <name>SavedRunsButton</name>
    <message>
        <source>Saved runs</source>
        <translation>保存した実行</translation>
    </message>
    <message>
        <source>Saved runs (%1)…</source>
        <translation>保存した実行（%1）…</translation>
    </message>
    <message>
        <source>Saved runs…</source>
        <translation>保存した実行…</translation>
    </message>
    <message>
        <source>Every run of this lesson is kept, also after the app closes: show them in the plots again, rename, delete or export them as CSV</source>
        <translation>このレッスンの実行はアプリを閉じてもすべて残ります。もう一度グラフに重ねる、名前を変える、削除する、CSV に書き出すことができます</translation>
    </message>
</context>
<context>
    <name>SavedRunsPanel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Show in plots</source>
        <translation>グラフに表示</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>Forget all runs…</source>
        <translation>すべての実行を消去…</translation>
    </message>
    <message>
        <source>Draw the chosen runs again beside the current one</source>
        <translation>選んだ実行を、いまの実行と並べてもう一度描きます</translation>
    </message>
    <message>
        <source>Delete every saved run of this page for good</source>
        <translation>このページで保存した実行をすべて完全に削除します</translation>
    </message>
    <message>
        <source>Curves written to %1</source>
        <translation>曲線を %1 に書き出しました</translation>
    </message>
    <message>
        <source>The saved runs cannot be used: %1</source>
        <translation>保存した実行を使えません：%1</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>うまくいきませんでした：%1</translation>
    </message>
    <message>
        <source>Loading the saved runs…</source>
        <translation>保存した実行を読み込んでいます…</translation>
    </message>
    <message>
        <source>No saved runs yet. Every run that finishes, is stopped or diverges is kept here.</source>
        <translation>保存した実行はまだありません。完了・停止・発散したすべての実行がここに残ります。</translation>
    </message>
    <message>
        <source>Saved runs: %1, kept between sessions. Choose runs and press Show in plots.</source>
        <translation>保存した実行：%1 件（アプリを閉じても残ります）。実行を選んで「グラフに表示」を押してください。</translation>
    </message>
    <message>
        <source>Saved runs: %1, kept between sessions.</source>
        <translation>保存した実行：%1 件（アプリを閉じても残ります）。</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>実行の名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <source>Export run as CSV</source>
        <translation>実行を CSV に書き出す</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Forget all runs</source>
        <translation>すべての実行を消去</translation>
    </message>
    <message>
        <source>Delete all %1 saved runs of this page for good? This cannot be undone.</source>
        <translation>このページで保存した %1 件の実行をすべて完全に削除しますか？元には戻せません。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Trials:</source>
        <translation>試行回数：</translation>
    </message>
    <message>
        <source>Epochs per trial:</source>
        <translation>1 試行のエポック数：</translation>
    </message>
    <message>
        <source>Trials to narrow to:</source>
        <translation>絞り込みに使う上位の数：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Narrow the ranges</source>
        <translation>範囲を絞り込む</translation>
    </message>
    <message>
        <source>The next search draws from the ranges around the best trials (red points)</source>
        <translation>次の探索では、上位の試行（赤い点）のまわりの範囲から値を選びます</translation>
    </message>
    <message>
        <source>Book&apos;s ranges</source>
        <translation>本の範囲</translation>
    </message>
    <message>
        <source>Test the best trial</source>
        <translation>最良の試行をテストする</translation>
    </message>
    <message>
        <source>Measure the chosen network on the test data, once, after the search has chosen it</source>
        <translation>探索で選んだネットワークを、選び終えたあとで一度だけテストデータで測ります</translation>
    </message>
    <message>
        <source>Learning rate 10⁻⁶ … 10⁻², weight decay 10⁻⁸ … 10⁻⁴</source>
        <translation>学習率 10⁻⁶〜10⁻²、Weight decay 10⁻⁸〜10⁻⁴</translation>
    </message>
    <message>
        <source>Each trial trains a new network (hidden layers %1, ReLU, He initial weights) with SGD, batch %2, on the training part of the split, and is ranked by its validation accuracy. Data: %3.</source>
        <translation>各試行では、新しいネットワーク（隠れ層 %1、ReLU、He の初期値）を、分けたデータの訓練側で SGD（バッチ %2）により学習させ、検証データでの認識精度で順位をつけます。データ：%3。</translation>
    </message>
    <message>
        <source>the book&apos;s ranges</source>
        <translation>本の範囲</translation>
    </message>
    <message>
        <source>narrowed to the best %1 trials</source>
        <translation>上位 %1 回の試行に絞り込み済み</translation>
    </message>
    <message>
        <source>Next search: learning rate %1, weight decay λ %2 (%3)</source>
        <translation>次の探索：学習率 %1、Weight decay λ %2（%3）</translation>
    </message>
    <message>
        <source>Run a search first: there is no finished trial to narrow the ranges to.</source>
        <translation>先に探索を実行してください。絞り込みの手がかりになる、終わった試行がまだありません。</translation>
    </message>
    <message>
        <source>No data to search on.</source>
        <translation>探索に使うデータがありません。</translation>
    </message>
    <message>
        <source>Trial %1 (validation accuracy %2) on the %3 test images: %4. Measured once, after the choice, this is the estimate for images the network has never seen.</source>
        <translation>試行 %1（検証精度 %2）の %3 枚のテスト画像での認識精度：%4。選び終えたあとで一度だけ測ったこの値が、初めて見る画像に対する見積もりです。</translation>
    </message>
    <message>
        <source> Best so far: validation accuracy %1 (learning rate %2, weight decay %3).</source>
        <translation>ここまでの最高：検証精度 %1（学習率 %2、Weight decay %3）。</translation>
    </message>
    <message>
        <source>The search stopped with an error: %1</source>
        <translation>エラーのため探索が止まりました：%1</translation>
    </message>
    <message>
        <source>Trial %1 of %2 running…</source>
        <translation>試行 %1 / %2 を実行中…</translation>
    </message>
    <message>
        <source>Cancelled after %1 trials.</source>
        <translation>%1 回の試行のあとでキャンセルしました。</translation>
    </message>
    <message>
        <source>%1 trials in %2 s.</source>
        <translation>%1 回の試行を %2 秒で終えました。</translation>
    </message>
    <message>
        <source>Press Search to start the book&apos;s random search.</source>
        <translation>「探索」を押すと、本と同じランダム探索を始めます。</translation>
    </message>
</context>
<context>
    <name>SimpleNetPanel</name>
    <message>
        <source>A weight must be a number between −100 and 100.</source>
        <translation>重みは −100 から 100 までの数にしてください。</translation>
    </message>
    <message>
        <source>p = x·W = {0}    softmax(p) = {1}    argmax = {2}    loss = {3:.8f}</source>
        <translation>p = x·W = {0}    softmax(p) = {1}    argmax = {2}    損失 = {3:.8f}</translation>
    </message>
    <message>
        <source>dW[0, 0] = {0:.2f}: raising w11 by a small h changes the loss by about {0:.2f}·h. A negative entry means the loss falls when that weight rises, so learning raises it.</source>
        <translation>dW[0, 0] = {0:.2f}：w11 を小さな h だけ増やすと、損失はおよそ {0:.2f}·h 変わります。負の要素は、その重みを増やすと損失が減ることを意味するので、学習ではその重みを増やします。</translation>
    </message>
    <message>
        <source>The book&apos;s simpleNet: one 2×3 weight matrix W, softmax and the cross-entropy loss. dW is the gradient of the loss with respect to W, found numerically one weight at a time. Edit a weight (double-click or F2) and watch dW change.</source>
        <translation>本の simpleNet：2×3 の重み行列 W が 1 つ、ソフトマックス、交差エントロピー誤差からなります。dW は W についての損失の勾配で、重みを 1 つずつ動かして数値的に求めます。重みを編集して（ダブルクリックか F2）、dW の変化を見ましょう。</translation>
    </message>
    <message>
        <source>x = [0.6, 0.9]    t = [0, 0, 1] (the right class is 2)</source>
        <translation>x = [0.6, 0.9]    t = [0, 0, 1]（正解はクラス 2）</translation>
    </message>
    <message>
        <source>W (weights)</source>
        <translation>W（重み）</translation>
    </message>
    <message>
        <source>dW = ∂L/∂W (numerical)</source>
        <translation>dW = ∂L/∂W（数値微分）</translation>
    </message>
    <message>
        <source>Book&apos;s W</source>
        <translation>本の W</translation>
    </message>
    <message>
        <source>Random W</source>
        <translation>ランダムな W</translation>
    </message>
</context>
<context>
    <name>SoftmaxPanel</name>
    <message>
        <source>nan (overflow): exp() of a large score is inf, and inf / inf is nan</source>
        <translation>nan（オーバーフロー）：大きなスコアの exp() は inf になり、inf / inf は nan です</translation>
    </message>
    <message>
        <source>Naive  exp(aₖ) / Σ exp(aᵢ):  {0}</source>
        <translation>素朴な計算  exp(aₖ) / Σ exp(aᵢ)：{0}</translation>
    </message>
    <message>
        <source>Stable  exp(aₖ − max a) / Σ exp(aᵢ − max a):  {0}</source>
        <translation>安定な計算  exp(aₖ − max a) / Σ exp(aᵢ − max a)：{0}</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>クラス数：</translation>
    </message>
    <message>
        <source>Scores a:</source>
        <translation>スコア a：</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <source>y = softmax(a / T)  (the bars always sum to 1)</source>
        <translation>y = softmax(a / T)（棒の合計は常に 1）</translation>
    </message>
    <message>
        <source>Why subtract the maximum?</source>
        <translation>なぜ最大値を引くのか？</translation>
    </message>
    <message>
        <source>Try large scores [1010, 1000, 990]</source>
        <translation>大きなスコア [1010, 1000, 990] を試す</translation>
    </message>
    <message>
        <source>Back to small scores</source>
        <translation>小さなスコアに戻す</translation>
    </message>
    <message>
        <source>Add 100 to every score</source>
        <translation>すべてのスコアに 100 を足す</translation>
    </message>
</context>
<context>
    <name>StackDemo</name>
    <message>
        <source>{0} layers with identity in between equal one layer: y = {1}·x {2}</source>
        <translation>恒等関数でつないだ {0} 層は 1 層と同じです：y = {1}·x {2}</translation>
    </message>
    <message>
        <source>Largest gap from the best straight line: {0:.1f} % of the output range</source>
        <translation>最もよく合う直線からの最大のずれ：出力の範囲の {0:.1f}%</translation>
    </message>
    <message>
        <source>{0} between layers</source>
        <translation>層の間：{0}</translation>
    </message>
</context>
<context>
    <name>StepSizePanel</name>
    <message>
        <source>true derivative f′({0}) = 0.02·x + 0.1 = {1}</source>
        <translation>真の微分 f′({0}) = 0.02·x + 0.1 = {1}</translation>
    </message>
    <message>
        <source>forward (f(x+h) − f(x)) / h = {0}   error {1}</source>
        <translation>前方差分 (f(x+h) − f(x)) / h = {0}   誤差 {1}</translation>
    </message>
    <message>
        <source>central (f(x+h) − f(x−h)) / 2h = {0}   error {1}</source>
        <translation>中心差分 (f(x+h) − f(x−h)) / 2h = {0}   誤差 {1}</translation>
    </message>
    <message>
        <source>x + h is the same float as x: both differences are exactly 0.</source>
        <translation>x + h が x と同じ浮動小数点数になり、どちらの差分もちょうど 0 です。</translation>
    </message>
    <message>
        <source>Round-off: f(x+h) and f(x) agree in almost every digit, so their difference keeps only a few correct ones.</source>
        <translation>丸め誤差：f(x+h) と f(x) はほとんどの桁が一致するので、その差には正しい桁がわずかしか残りません。</translation>
    </message>
    <message>
        <source>Truncation: a finite h measures the slope of a chord, not of the tangent.</source>
        <translation>打ち切り誤差：有限の h で求めているのは、接線ではなく弦の傾きです。</translation>
    </message>
    <message>
        <source>f(x) = 0.01x² + 0.1x. Make h smaller: the error first falls (truncation) and then rises again (round-off). The central difference is more accurate for the same h.</source>
        <translation>f(x) = 0.01x² + 0.1x。h を小さくすると、誤差はまず減り（打ち切り誤差）、やがてまた増えます（丸め誤差）。同じ h なら中心差分のほうが正確です。</translation>
    </message>
    <message>
        <source>Step h:</source>
        <translation>刻み h：</translation>
    </message>
    <message>
        <source>at x =</source>
        <translation>x =</translation>
    </message>
    <message>
        <source>step h</source>
        <translation>刻み h</translation>
    </message>
    <message>
        <source>|estimate − true derivative|</source>
        <translation>|推定値 − 真の微分|</translation>
    </message>
    <message>
        <source>Error against h (an error of 0 is drawn at 1e-18)</source>
        <translation>h と誤差（誤差 0 は 1e-18 の位置に表示）</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前方差分</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中心差分</translation>
    </message>
    <message>
        <source>truncation alone: 0.01·h</source>
        <translation>打ち切り誤差だけなら 0.01·h</translation>
    </message>
</context>
<context>
    <name>TangentPanel</name>
    <message>
        <source>numerical_diff(f, {0}) = {1}   (exact: {2})</source>
        <translation>numerical_diff(f, {0}) = {1}（厳密な値：{2}）</translation>
    </message>
    <message>
        <source>tangent: y = {0}·x {1}</source>
        <translation>接線：y = {0}·x {1}</translation>
    </message>
    <message>
        <source>Drag the red point along the curve, or type x. The dashed line is the tangent whose slope is the central difference with h = 1e-4, as in the book.</source>
        <translation>赤い点を曲線に沿ってドラッグするか、x を入力しましょう。破線は接線で、その傾きは本と同じ h = 1e-4 の中心差分です。</translation>
    </message>
    <message>
        <source>x =</source>
        <translation>x =</translation>
    </message>
    <message>
        <source>Book: x = {0}</source>
        <translation>本の例：x = {0}</translation>
    </message>
</context>
<context>
    <name>ThreeLayerPanel</name>
    <message>
        <source>The book&apos;s network with fixed weights: 2 inputs → 3 → 2 → 2 outputs, sigmoid in the hidden layers. Change x and follow every step.</source>
        <translation>本の例のネットワーク（重みは固定）：入力 2 → 3 → 2 → 出力 2、隠れ層の活性化関数はシグモイド関数です。x を変えて、各ステップを追ってみましょう。</translation>
    </message>
    <message>
        <source>Output function:</source>
        <translation>出力関数：</translation>
    </message>
    <message>
        <source>identity (as in the book)</source>
        <translation>恒等関数（本と同じ）</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>シグモイド関数</translation>
    </message>
    <message>
        <source>Back to x = [1.0, 0.5]</source>
        <translation>x = [1.0, 0.5] に戻す</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Grey: the fixed weights W and biases b.</source>
        <translation>灰色：固定された重み W とバイアス b。</translation>
    </message>
    <message>
        <source>Blue: computed from x, they change with it.</source>
        <translation>青：x から計算した値（x とともに変わる）。</translation>
    </message>
</context>
<context>
    <name>TrainingPlayground</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Layer details</source>
        <translation>層の詳細</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>開始できません：%1</translation>
    </message>
    <message>
        <source>Choose a data set first.</source>
        <translation>先にデータセットを選んでください。</translation>
    </message>
    <message>
        <source>Training stopped because of an error: %1</source>
        <translation>エラーのため学習が止まりました：%1</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>関数：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ数：</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速さ：</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Back to the default start</source>
        <translation>開始位置を元に戻す</translation>
    </message>
    <message>
        <source>Drag the black cross on the map to start from elsewhere.</source>
        <translation>等高線図の黒い十字をドラッグすると、開始位置を変えられます。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>f(x, y) − minimum</source>
        <translation>f(x, y) − 最小値</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>ステップ %1 で発散</translation>
    </message>
</context>
<context>
    <name>TrialScatter</name>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>weight decay λ</source>
        <translation>Weight decay λ</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>検証精度</translation>
    </message>
</context>
<context>
    <name>TwoLayerNetLesson</name>
    <message>
        <source>diverged (loss NaN/∞) at iteration %1</source>
        <translation>イテレーション %1 で発散（損失が NaN/∞）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>did not learn: steps too large</source>
        <translation>学習できず：更新が大きすぎる</translation>
    </message>
    <message>
        <source>learns slowly</source>
        <translation>学習が遅い</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>学習できた</translation>
    </message>
    <message>
        <source>too short to judge</source>
        <translation>短すぎて判断できない</translation>
    </message>
    <message>
        <source>learned a little</source>
        <translation>少しだけ学習</translation>
    </message>
    <message>
        <source>stopped early; %1</source>
        <translation>途中で停止（%1）</translation>
    </message>
    <message>
        <source>Experiments:</source>
        <translation>実験：</translation>
    </message>
    <message>
        <source>Book: 784-50-10, lr 0.1, 10,000 it.</source>
        <translation>本の設定：784-50-10、学習率 0.1、10,000 回</translation>
    </message>
    <message>
        <source>ReLU, initial weights σ = 0.01, SGD lr 0.1, batch 100, 10,000 iterations. Press Start to train.</source>
        <translation>ReLU、重みの初期値 σ = 0.01、SGD 学習率 0.1、バッチ 100、10,000 イテレーション。「開始」で学習します。</translation>
    </message>
    <message>
        <source>Hidden 40, 1,000 it.</source>
        <translation>隠れ層 40、1,000 回</translation>
    </message>
    <message>
        <source>The seeds&apos; shorter variant: 40 hidden neurons and 1,000 iterations. Press Start to train.</source>
        <translation>短い版：隠れ層のニューロン 40 個、1,000 イテレーション。「開始」で学習します。</translation>
    </message>
    <message>
        <source>Learning rates 0.01 / 0.1 / 1 / 10</source>
        <translation>学習率 0.01 / 0.1 / 1 / 10</translation>
    </message>
    <message>
        <source>Four SGD runs of 1,000 iterations with the network above, one per learning rate, overlaid in the plots</source>
        <translation>上のネットワークで、学習率ごとに 1,000 イテレーションの SGD を 4 回実行し、グラフに重ねて表示します</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>Loss (last 10 %)</source>
        <translation>損失（最後の 10%）</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Mean training loss over the last 10 % of the iterations (at least 5): the loss of one mini-batch jumps about too much to judge a run by.</source>
        <translation>最後の 10% のイテレーション（少なくとも 5 回）の訓練損失の平均です。ミニバッチ 1 つの損失は上下に揺れるので、それだけでは実行の良し悪しを判断できません。</translation>
    </message>
    <message>
        <source>Accuracy on the test images at the end of the run</source>
        <translation>実行の終わりでのテスト画像に対する認識精度</translation>
    </message>
</context>
<context>
    <name>ValidationSplitView</name>
    <message>
        <source>The search may look only at training data. The book takes the first 500 training images, shuffles them and sets a share aside as validation data: each trial learns from the rest and is judged on the validation images. The test images are kept for the very end.</source>
        <translation>探索に使ってよいのは訓練データだけです。本では訓練画像の先頭 500 枚をシャッフルし、その一部を検証データとして取り分けます。各試行は残りの画像で学習し、検証画像で評価されます。テスト画像は最後まで取っておきます。</translation>
    </message>
    <message>
        <source>Validation share:</source>
        <translation>検証データの割合：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード：</translation>
    </message>
    <message>
        <source>Used by the next search; a search already running keeps its split</source>
        <translation>次の探索から使われます。実行中の探索は、始めたときの分け方のままです</translation>
    </message>
    <message>
        <source>Chooses the split and every trial&apos;s random values. %1</source>
        <translation>データの分け方と、各試行の乱数をすべて決めます。%1</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像の枚数</translation>
    </message>
    <message>
        <source>Images of each class: training (blue) and validation (orange)</source>
        <translation>クラスごとの画像の枚数：訓練（青）と検証（オレンジ）</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>training data (%1)</source>
        <translation>訓練データ（%1 枚）</translation>
    </message>
    <message>
        <source>test data (%1)</source>
        <translation>テストデータ（%1 枚）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 images train each trial, &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; %4 validation images rank the trials, &lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; %6 test images are not used by the search.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 枚で各試行を学習し、&lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; %4 枚の検証画像で試行に順位をつけます。&lt;span style=&apos;color:%5&apos;&gt;■&lt;/span&gt; %6 枚のテスト画像は探索では使いません。</translation>
    </message>
</context>
<context>
    <name>WeightInitWidget</name>
    <message>
        <source>Activation histograms</source>
        <translation>アクティベーション分布</translation>
    </message>
    <message>
        <source>Training with each init</source>
        <translation>初期値ごとの学習</translation>
    </message>
</context>
<context>
    <name>XorPanel</name>
    <message>
        <source>Two layers solve XOR: the first layer computes NAND and OR, the second takes their AND. Click a row to follow one input through the network.</source>
        <translation>2 層なら XOR を表せます。1 層目が NAND と OR を計算し、2 層目がその AND をとります。行をクリックすると、その入力がネットワークを流れる様子を追えます。</translation>
    </message>
    <message>
        <source>Weights used: {0}</source>
        <translation>使った重み：{0}</translation>
    </message>
</context>
<context>
    <name>_RunPlot</name>
    <message>
        <source>Remove run</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <source>Remove the run chosen in the list from the plot</source>
        <translation>一覧で選んだ実行をグラフから削除</translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation>実行をすべて消去</translation>
    </message>
    <message>
        <source>Remove all earlier runs kept for comparison</source>
        <translation>比較用に残した以前の実行をすべて削除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Save the plot as a PNG or SVG file</source>
        <translation>グラフを PNG または SVG ファイルとして保存</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>nnlab plot</source>
        <translation>nnlab グラフ</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Could not write the file:
%1</source>
        <translation>ファイルを書き込めませんでした：
%1</translation>
    </message>
</context>
</TS>
