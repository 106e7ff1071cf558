<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DrawCanvas</name>
    <message>
        <location filename="../../ui/widgets/draw_canvas.py" line="241"/>
        <source>Train a network on an image dataset first.</source>
        <translation>先に画像データセットでネットワークを学習してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draw_canvas.py" line="243"/>
        <source>Draw a digit in the white box.</source>
        <translation>白い枠に数字を書いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draw_canvas.py" line="247"/>
        <source>The network says: {0} ({1}%)</source>
        <translation>ネットワークの答え: {0}({1}%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draw_canvas.py" line="258"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draw_canvas.py" line="259"/>
        <source>What the network sees:</source>
        <translation>ネットワークへの入力:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draw_canvas.py" line="260"/>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draw_canvas.py" line="261"/>
        <source>class</source>
        <translation>クラス</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="230"/>
        <source>Layer {0}</source>
        <translation>{0} 層目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="232"/>
        <source>{0}: {1} → {2} ({3}), iteration {4}</source>
        <translation>{0}: {1} → {2}({3})、イテレーション {4}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="244"/>
        <source>iteration {0}: gradient size {1}</source>
        <translation>イテレーション {0}: 勾配の大きさ {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="252"/>
        <source>values {0} … {1}: {2} entries</source>
        <translation>値 {0} … {1}: {2} 個</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="276"/>
        <source>neuron {0}, pixel (row {1}, column {2}): weight {3}</source>
        <translation>ニューロン {0}、画素({1} 行 {2} 列): 重み {3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="287"/>
        <source>Weights (histogram)</source>
        <translation>重み(ヒストグラム)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="288"/>
        <source>Activations after this layer (histogram)</source>
        <translation>この層の出力のアクティベーション(ヒストグラム)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="289"/>
        <source>Gradient size ‖∂L/∂W‖ over iterations</source>
        <translation>勾配の大きさ ‖∂L/∂W‖ の推移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="290"/>
        <source>Each hidden neuron&apos;s weights as an image</source>
        <translation>隠れニューロンごとの重みの画像</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="291"/>
        <source>Start training to see the weights.</source>
        <translation>学習を始めると重みが表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="292"/>
        <source>Start training to see activations.</source>
        <translation>学習を始めるとアクティベーションが表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="294"/>
        <source>Start training to see how large the gradients are.</source>
        <translation>学習を始めると勾配の大きさが表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="296"/>
        <source>Weight images appear for the first layer of an image dataset (MNIST, digits): blue pixels push the neuron up, orange ones push it down.</source>
        <translation>重みの画像は、画像データセット(MNIST、数字)の 1 層目で表示されます。青い画素はニューロンの値を上げ、オレンジの画素は下げます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="298"/>
        <source>weight value</source>
        <translation>重みの値</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="299"/>
        <source>activation value</source>
        <translation>アクティベーションの値</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="300"/>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/layer_panel.py" line="302"/>
        <source>Move the mouse over a plot to read its values.</source>
        <translation>グラフにマウスを重ねると値を読めます。</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="313"/>
        <source>Weight W{0}[{1}, {2}] = {3}</source>
        <translation>重み W{0}[{1}, {2}] = {3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="319"/>
        <source>Input {0} of {1}</source>
        <translation>入力 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="330"/>
        <source>Neuron {0} of {1}
bias: {2}
mean activation: {3}</source>
        <translation>ニューロン {0} / {1}
バイアス: {2}
平均アクティベーション: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="423"/>
        <source>Choose an architecture to see the network</source>
        <translation>構成を選ぶとネットワークが表示されます</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="426"/>
        <source>Decision regions (dots: data)</source>
        <translation>決定領域(点: データ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="437"/>
        <source>Input
{0} values</source>
        <translation>入力
{0} 個の値</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="439"/>
        <source>Output
{0} · softmax</source>
        <translation>出力
{0} · ソフトマックス</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="440"/>
        <source>Hidden {0}</source>
        <translation>隠れ層 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="442"/>
        <source>BatchNorm</source>
        <translation>バッチ正規化</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/network_diagram.py" line="444"/>
        <source>dropout {0}</source>
        <translation>ドロップアウト {0}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/widgets/results.py" line="160"/>
        <source>true {0}, predicted {1}: {2} images ({3}% of this class)</source>
        <translation>正解 {0}、予測 {1}: {2} 枚(このクラスの {3}%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/results.py" line="172"/>
        <source>This is a 2-D toy dataset, so there are no images to show. The network diagram&apos;s decision-region map shows where it errs.</source>
        <translation>2次元のトイデータなので、表示する画像はありません。どこで間違えるかは、ネットワーク図の決定領域で確認できます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/results.py" line="179"/>
        <source>No mistakes on the test set.</source>
        <translation>テストデータでの間違いはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/results.py" line="198"/>
        <source>true: {0}
predicted: {1} ({2}%)</source>
        <translation>正解: {0}
予測: {1}({2}%)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/results.py" line="214"/>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation>混同行列(行: 正解クラス、列: 予測クラス)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/results.py" line="215"/>
        <source>Test images the network got wrong</source>
        <translation>ネットワークが間違えたテスト画像</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/results.py" line="217"/>
        <source>Train a network, then its test results appear here.</source>
        <translation>ネットワークを学習すると、ここにテスト結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/results.py" line="221"/>
        <source>Test accuracy: {0}% ({1} of {2} correct)</source>
        <translation>テスト精度: {0}%({2} 個中 {1} 個正解)</translation>
    </message>
</context>
<context>
    <name>RunNotes</name>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="56"/>
        <source>Training diverged at iteration %1: the loss became NaN or infinite. The learning rate %2 is most likely too high for %3 — try %4 or smaller.</source>
        <translation>イテレーション %1 で学習が発散しました。損失が NaN または無限大になりました。%3 に対して学習率 %2 が大きすぎる可能性が高いです。%4 以下を試してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="68"/>
        <source>“%1” did not learn: test accuracy %3 % after %2 iterations (guessing: %4 %); the loss jumped up and stayed at %5. The learning rate %6 is too high for %7: each step jumps past the minimum. Try %8.</source>
        <translation>「%1」は学習できませんでした。%2 イテレーション後のテスト精度は %3 %(当てずっぽうなら %4 %)で、損失は跳ね上がったあと %5 のままです。%7 に対して学習率 %6 が大きすぎ、毎回の更新が最小値を飛び越えています。%8 を試してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="78"/>
        <source>“%1” learns slowly: in %2 iterations the loss fell only from %3 to %4 (test accuracy %5 %). The learning rate %6 may be too small: try a larger one or more iterations.</source>
        <translation>「%1」は学習が遅いです。%2 イテレーションで損失は %3 から %4 にしか下がっていません(テスト精度 %5 %)。学習率 %6 が小さすぎるかもしれません。大きな学習率か、より多くのイテレーションを試してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="90"/>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="91"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="92"/>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="93"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="94"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="100"/>
        <source>Iteration %1 / %2</source>
        <translation>イテレーション %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="103"/>
        <source>loss %1</source>
        <translation>損失 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="106"/>
        <source>train acc. %1 %</source>
        <translation>訓練精度 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="107"/>
        <source>test acc. %1 %</source>
        <translation>テスト精度 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/run_notes.py" line="109"/>
        <source>%1 iterations/s</source>
        <translation>%1 イテレーション/秒</translation>
    </message>
</context>
</TS>
