<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BackpropLayersWidget</name>
    <message>
        <location filename="../../ui/lessons/backprop_layers.py" line="30"/>
        <source>Step through the layers</source>
        <translation>レイヤを1つずつ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers.py" line="31"/>
        <source>The book&apos;s gradient check</source>
        <translation>本の勾配確認</translation>
    </message>
</context>
<context>
    <name>BackpropStepperWidget</name>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="33"/>
        <source>Affine, forward: out = x·W + b</source>
        <translation>Affine の順伝播：out = x·W + b</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="34"/>
        <source>Affine, backward: dx = dout·Wᵀ, dW = xᵀ·dout, db = the sum of dout over the batch</source>
        <translation>Affine の逆伝播：dx = dout·Wᵀ、dW = xᵀ·dout、db = dout をバッチ方向に合計したもの</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="36"/>
        <source>ReLU, forward: out = max(0, x); the mask remembers where x &gt; 0</source>
        <translation>ReLU の順伝播：out = max(0, x)。x &gt; 0 の位置をマスクに覚えておく</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="38"/>
        <source>ReLU, backward: dx = dout where the mask is 1, and 0 where it is 0</source>
        <translation>ReLU の逆伝播：マスクが 1 の位置は dx = dout、0 の位置は 0</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="40"/>
        <source>Sigmoid, forward: out = 1 / (1 + exp(−x)); out is kept as y for the backward pass</source>
        <translation>Sigmoid の順伝播：out = 1 / (1 + exp(−x))。逆伝播のために出力を y として覚えておく</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="42"/>
        <source>Sigmoid, backward: dx = dout·y(1 − y)</source>
        <translation>Sigmoid の逆伝播：dx = dout·y(1 − y)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="43"/>
        <source>Softmax-with-Loss, forward: y = softmax(x), loss = mean cross-entropy against t</source>
        <translation>Softmax-with-Loss の順伝播：y = softmax(x)、損失 = t に対する交差エントロピー誤差の平均</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="45"/>
        <source>Softmax-with-Loss, backward: dx = (y − t) / batch</source>
        <translation>Softmax-with-Loss の逆伝播：dx = (y − t) / バッチサイズ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="49"/>
        <source>Missing transpose: Affine1 computes dW = x·dout</source>
        <translation>転置の忘れ：Affine1 が dW = x·dout と計算する</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="50"/>
        <source>ReLU forgets its mask: dx = dout everywhere</source>
        <translation>ReLU がマスクを忘れる：どこでも dx = dout</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="51"/>
        <source>The loss layer forgets to divide by the batch size: dx = y − t</source>
        <translation>損失レイヤがバッチサイズで割り忘れる：dx = y − t</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="53"/>
        <source>Sign error: Affine2 passes dx = −dout·Wᵀ down</source>
        <translation>符号の間違い：Affine2 が dx = −dout·Wᵀ を下流へ渡す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="171"/>
        <source>2 inputs, 3 hidden, 2 outputs, batch of 2</source>
        <translation>入力2・隠れ層3・出力2、バッチ2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="172"/>
        <source>One real image, 3 hidden, 10 outputs</source>
        <translation>本物の画像1枚、隠れ層3・出力10</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="173"/>
        <source>Network:</source>
        <translation>ネットワーク：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="174"/>
        <source>Activation:</source>
        <translation>活性化関数：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="175"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="176"/>
        <source>Step (%1)</source>
        <translation>ステップ（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="179"/>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="242"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="179"/>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="242"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="180"/>
        <source>Break it: put a typical mistake into backward</source>
        <translation>わざと壊す：逆伝播によくある間違いを入れる</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="184"/>
        <source>Array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="184"/>
        <source>Abs. error</source>
        <translation>絶対誤差</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="184"/>
        <source>Rel. error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="185"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="215"/>
        <source>Could not build the network: %1</source>
        <translation>ネットワークを作れませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="256"/>
        <source>Two samples with two inputs each, labels %1; the weights are round numbers you can follow by hand.</source>
        <translation>入力2つのサンプルが2つ、正解ラベルは %1 です。重みは手計算で追えるきりのよい数にしてあります。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="259"/>
        <source>The first image of the MNIST test set (a %1), 784 pixels; one image means a batch of 1.</source>
        <translation>MNIST テストデータの最初の画像（数字の %1）、784画素です。画像1枚なのでバッチサイズは1です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="262"/>
        <source>MNIST is not on this computer: the first of the offline 8×8 digits (a %1), 64 pixels, stands in.</source>
        <translation>このコンピュータには MNIST がないので、代わりにオフライン用 8×8 数字画像の最初の1枚（数字の %1）、64画素を使います。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="273"/>
        <source>Press Step to send the batch forward through the first layer.</source>
        <translation>「ステップ」を押すと、バッチが最初のレイヤを順伝播します。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="280"/>
        <source>Broken here: %1</source>
        <translation>ここが壊してあります：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="284"/>
        <source>NumPy stopped here: %1</source>
        <translation>NumPy がここで止まりました：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="303"/>
        <source>Step 0 of %1</source>
        <translation>ステップ 0 / %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="305"/>
        <source>forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="305"/>
        <source>backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="306"/>
        <source>Step %1 of %2, %3</source>
        <translation>ステップ %1 / %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="319"/>
        <source>wrong</source>
        <translation>違う</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="319"/>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="326"/>
        <source>The broken backward pass cannot even run: NumPy says “%1”.</source>
        <translation>壊した逆伝播は実行すらできません。NumPy のメッセージ：「%1」</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="330"/>
        <source>Gradient check: wrong in %1 (largest relative difference in brackets).</source>
        <translation>勾配確認：%1 が違います（かっこ内は最大の相対誤差）。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_steps.py" line="334"/>
        <source>Gradient check: backprop and the numerical gradient agree (largest relative difference %1).</source>
        <translation>勾配確認：誤差逆伝播法と数値微分の勾配は一致しています（最大の相対誤差 %1）。</translation>
    </message>
</context>
<context>
    <name>BookGradientCheckWidget</name>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="73"/>
        <source>The book checks its two-layer net (784-50-10, ReLU, weights of standard deviation 0.01) on its first 3 training images and prints the mean absolute difference between the two gradients of each parameter. This runs the same check with nnlab&apos;s own network on the first 3 images of the MNIST test set; it computes about 80,000 losses, so it takes a few seconds.</source>
        <translation>本では2層ネットワーク（784-50-10、ReLU、重みの標準偏差 0.01）を訓練データの最初の3枚で確かめ、パラメータごとに2つの勾配の差の絶対値の平均を出力します。ここでは nnlab 自身のネットワークで、MNIST テストデータの最初の3枚を使って同じ確認をします。損失を約8万回計算するので、数秒かかります。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="78"/>
        <source>Run the book&apos;s gradient check</source>
        <translation>本の勾配確認を実行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="79"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="81"/>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="81"/>
        <source>Mean |difference|</source>
        <translation>差の絶対値の平均</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="82"/>
        <source>Book: about</source>
        <translation>本の値（およそ）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="82"/>
        <source>Max rel error</source>
        <translation>最大の相対誤差</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="104"/>
        <source>Could not set up the check: %1</source>
        <translation>勾配確認の準備ができませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="108"/>
        <source>Computing the numerical gradient…</source>
        <translation>数値微分で勾配を計算しています…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="135"/>
        <source>Done: the same orders of magnitude as the book. The differences are round-off of the central difference, not mistakes.</source>
        <translation>完了：本と同じ桁になりました。この差は中心差分の丸め誤差で、実装の間違いではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/backprop_layers_book.py" line="138"/>
        <source>Done, on the offline 8×8 digits (MNIST is not on this computer), so the network has 64 inputs instead of 784 and the figures differ a little.</source>
        <translation>完了。このコンピュータには MNIST がないのでオフライン用の 8×8 数字画像を使いました。入力は 784 ではなく 64 なので、値は少し違います。</translation>
    </message>
</context>
<context>
    <name>GradientCheckRun</name>
    <message>
        <location filename="../../ui/lessons/gradient_check_worker.py" line="106"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_worker.py" line="110"/>
        <source>The gradient check failed: %1</source>
        <translation>勾配確認に失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>GradientRaceWidget</name>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="159"/>
        <source>The small network (%1-10-10, sigmoid) trained twice from the same initial weights on the same mini-batches with SGD (learning rate 0.1): once with numerical gradients, as in chapter 4, once with backprop. Both run at the same time.</source>
        <translation>小さいネットワーク（%1-10-10、シグモイド）を、同じ初期重み・同じミニバッチ・同じ SGD（学習率 0.1）で2通りに学習させます。1つは第4章のように数値微分で、もう1つは誤差逆伝播法で勾配を求めます。2つは同時に走ります。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="163"/>
        <source>Iterations:</source>
        <translation>反復回数：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="164"/>
        <source>Batch size:</source>
        <translation>バッチサイズ：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="165"/>
        <source>Start the race</source>
        <translation>競争を始める</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="166"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="167"/>
        <source>Numerical gradient</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="168"/>
        <source>Backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="169"/>
        <source>wall-clock time (s)</source>
        <translation>経過時間（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="170"/>
        <location filename="../../ui/lessons/gradient_check_race.py" line="172"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="171"/>
        <source>iteration (as far as the numerical run has come)</source>
        <translation>反復回数（数値微分が進んだところまで）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="192"/>
        <source>Could not set up the race: %1</source>
        <translation>競争の準備ができませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="205"/>
        <source>Both are training…</source>
        <translation>2つとも学習中です…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="303"/>
        <source>The race stopped with an error: %1</source>
        <translation>エラーで止まりました：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="306"/>
        <source>Cancelled: both runs stopped.</source>
        <translation>キャンセルしました。2つとも止まりました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="308"/>
        <source>Both runs are done.</source>
        <translation>2つとも終わりました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="311"/>
        <source>Backprop is through all %1 iterations; the numerical gradient keeps going (Cancel stops it).</source>
        <translation>誤差逆伝播法は %1 回の反復を終えました。数値微分はまだ続いています（「キャンセル」で止まります）。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check_race.py" line="321"/>
        <source>%1 iterations, %2 per second; the book&apos;s 10,000 iterations at this pace: %3</source>
        <translation>%1 回、毎秒 %2 回。このペースだと本の 10,000 回には %3</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/backprop_layers.py" line="38"/>
        <source>Backprop through layers</source>
        <translation>レイヤで考える誤差逆伝播法</translation>
    </message>
</context>
</TS>
